import FluentKit
import Foundation
import MentoringCore

package final class RegionModel: Model, @unchecked Sendable {
    package static let schema = "regions"
    @ID(key: .id) package var id: UUID?
    @Field(key: "name") package var name: String

    package init() {}

    package var properties: [any AnyProperty] { declared([$id, $name]) }
    package init(id: UUID? = nil, name: String) {
        self.id = id
        self.name = name
    }
}

package final class MunicipalityModel: Model, @unchecked Sendable {
    package static let schema = "municipalities"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "region_id") package var region: RegionModel
    @Field(key: "name") package var name: String

    package init() {}

    package var properties: [any AnyProperty] { declared([$id, $region, $name]) }
    package init(id: UUID? = nil, regionID: UUID, name: String) {
        self.id = id
        self.$region.id = regionID
        self.name = name
    }

    package var value: Municipality {
        get throws { Municipality(id: .init(try requireID()), regionID: .init($region.id), name: name) }
    }
}

package final class AuthorityModel: Model, @unchecked Sendable {
    package static let schema = "authorities"
    @ID(key: .id) package var id: UUID?
    @Field(key: "name") package var name: String
    @OptionalParent(key: "municipality_id") package var municipality: MunicipalityModel?
    @OptionalParent(key: "region_id") package var region: RegionModel?

    package init() {}

    package var properties: [any AnyProperty] { declared([$id, $name, $municipality, $region]) }
    package init(id: UUID? = nil, name: String, municipalityID: UUID?, regionID: UUID?) {
        self.id = id
        self.name = name
        self.$municipality.id = municipalityID
        self.$region.id = regionID
    }
}
