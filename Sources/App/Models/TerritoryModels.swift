import Fluent
import FluentKit
import Foundation

final class RegionModel: Model, @unchecked Sendable {
    static let schema = "regions"
    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String

    init() {}
    init(id: UUID? = nil, name: String) {
        self.id = id
        self.name = name
    }
}

final class MunicipalityModel: Model, @unchecked Sendable {
    static let schema = "municipalities"
    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: RegionModel
    @Field(key: "name") var name: String

    init() {}
    init(id: UUID? = nil, regionID: UUID, name: String) {
        self.id = id
        self.$region.id = regionID
        self.name = name
    }
}

final class AuthorityModel: Model, @unchecked Sendable {
    static let schema = "authorities"
    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @OptionalParent(key: "municipality_id") var municipality: MunicipalityModel?
    @OptionalParent(key: "region_id") var region: RegionModel?

    init() {}
    init(id: UUID? = nil, name: String, municipalityID: UUID?, regionID: UUID?) {
        self.id = id
        self.name = name
        self.$municipality.id = municipalityID
        self.$region.id = regionID
    }
}
