import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Something a municipality holds for all its organizations: a course of its training plan, a contest.
protocol MunicipalObject: Model where IDValue == UUID {
    var municipalityID: UUID { get }
}

extension TrainingModel: MunicipalObject {
    var municipalityID: UUID { $municipality.id }
}

extension ContestModel: MunicipalObject {
    var municipalityID: UUID { $municipality.id }
}

extension MunicipalMonitoring {
    /// The object with its municipality, for a user who oversees the municipality; 404 otherwise.
    func object<Object: MunicipalObject>(_ type: Object.Type, _ id: UUID) async throws -> (Object, MunicipalityModel) {
        guard let object = try await Object.find(id, on: scope.db) else { throw DomainError.notFound }
        return (object, try await municipality(object.municipalityID))
    }
}

extension OrganizationDirectory {
    /// The municipality's object seen from one of its organizations, for a user who reads the organization's data;
    /// 404 otherwise, and for another municipality's object.
    func municipalObject<Object: MunicipalObject>(
        _ type: Object.Type, _ id: UUID, from organizationID: UUID
    ) async throws -> (Object, OrganizationModel, OrganizationAccess) {
        let (org, access) = try await organization(organizationID)
        guard access.readsAll, let object = try await Object.find(id, on: scope.db),
            object.municipalityID == org.$municipality.id
        else { throw DomainError.notFound }
        return (object, org, access)
    }
}
