import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The next order number the organization's pattern gives.
extension OrderService {
    /// The next number of the year in the organization's pattern; nil when it numbers orders freely.
    func suggestedNumber(in org: OrganizationModel) async throws -> String? {
        guard let numbering = try? DocumentNumbering(validating: org.orderNumbering) else { return nil }
        let numbers = try await OrderModel.query(on: scope.db).filter(\.$organization.$id == (try org.requireID()))
            .filter(\.$signedYear == scope.today.year).all().compactMap(\.number)
        return numbering.next(after: numbers)
    }
}
