import Fluent
import FluentKit
import Foundation
import MentoringCore

/// The clock of the app. Tests move it; everything that needs "now" or "today" asks it.
struct Clock: Sendable {
    var now: @Sendable () -> Date

    static let system = Clock(now: { Date() })

    var today: CalendarDate { CalendarDate(now()) }
}
