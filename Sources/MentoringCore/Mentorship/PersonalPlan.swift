import Foundation

/// The personalized mentoring program (персонализированная программа наставничества) of one pair or group:
/// goals made from the mentee's requests, tasks with due dates, the expected results and, where the form needs
/// one, the mentee's individual route.
public struct PersonalPlan: Codable, Equatable, Sendable {
    public struct Goal: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        /// The mentee's request the goal came from, when it did.
        public var request: String?
        public var achieved: Bool

        public init(id: String, title: String, request: String? = nil, achieved: Bool = false) {
            self.id = id
            self.title = title
            self.request = request
            self.achieved = achieved
        }
    }

    public enum TaskStatus: String, CaseIterable, Codable, Sendable {
        case planned
        case done
        case cancelled

        public var title: String {
            switch self {
            case .planned: "Запланирована"
            case .done: "Выполнена"
            case .cancelled: "Отменена"
            }
        }
    }

    public struct Task: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var due: CalendarDate
        public var status: TaskStatus
        public var goalID: String?

        public init(id: String, title: String, due: CalendarDate, status: TaskStatus = .planned, goalID: String? = nil)
        {
            self.id = id
            self.title = title
            self.due = due
            self.status = status
            self.goalID = goalID
        }

        public func isOverdue(on date: CalendarDate) -> Bool { status == .planned && due < date }
    }

    public var goals: [Goal]
    public var tasks: [Task]
    public var expectedResults: String
    public var route: String

    public init(goals: [Goal] = [], tasks: [Task] = [], expectedResults: String = "", route: String = "") {
        self.goals = goals
        self.tasks = tasks
        self.expectedResults = expectedResults
        self.route = route
    }

    /// A first plan from the mentees' requests, most important first: one goal per request.
    public static func drafted(from requests: [MenteeRequest]) -> PersonalPlan {
        var seen = Set<String>()
        let goals = requests.sorted { $0.priority < $1.priority }.filter { seen.insert($0.text).inserted }.enumerated()
            .map { index, request in
                Goal(id: "g\(index + 1)", title: "Освоить: \(request.text)", request: request.text)
            }
        return PersonalPlan(goals: goals)
    }

    /// Share of tasks done among those not cancelled, 0...100; `nil` without tasks.
    public var progressPercent: Int? {
        let counted = tasks.filter { $0.status != .cancelled }
        guard !counted.isEmpty else { return nil }
        return counted.filter { $0.status == .done }.count * 100 / counted.count
    }

    /// The due days of the tasks still planned: kept beside the plan so the rhythm check need not decode every plan.
    public var plannedTaskDues: [CalendarDate] { tasks.filter { $0.status == .planned }.map(\.due) }

    /// Of the planned tasks' due days, those past on `date`: the same rule as `Task.isOverdue`.
    public static func overdue(_ plannedDues: [CalendarDate], on date: CalendarDate) -> [CalendarDate] {
        plannedDues.filter { $0 < date }
    }

    /// The next free id with the prefix (`g3`, `t12`): ids stay stable when items are removed.
    public func nextID(_ prefix: String) -> String {
        let used = (goals.map(\.id) + tasks.map(\.id)).compactMap {
            $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil
        }
        return prefix + String((used.max() ?? 0) + 1)
    }
}
