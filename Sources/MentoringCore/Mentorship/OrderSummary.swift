import Foundation

/// An order of the head as the registry lists it: what it is, whether it is signed, and who prepared it.
public struct OrderSummary: Equatable, Sendable {
    public typealias ID = Identifier<OrderSummary>

    public var id: ID
    public var kind: OrderKind
    public var title: String
    public var status: OrderStatus
    public var number: String?
    public var signedOn: CalendarDate?
    public var preparedBy: String

    public init(
        id: ID, kind: OrderKind, title: String, status: OrderStatus, number: String?, signedOn: CalendarDate?,
        preparedBy: String
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.status = status
        self.number = number
        self.signedOn = signedOn
        self.preparedBy = preparedBy
    }

    /// «№ 12 от 01.10.2026», or «проект приказа» before signing.
    public var reference: String { Self.reference(number: number, signedOn: signedOn) }

    public static func reference(number: String?, signedOn: CalendarDate?) -> String {
        guard let number, let date = signedOn else { return "проект приказа" }
        return "№ \(number) от \(date.russian)"
    }
}
