import Foundation

/// A region (регион, край, область): the top of the territory tree.
public struct Region: Equatable, Sendable {
    public typealias ID = Identifier<Region>
    public var id: ID
    public var name: String

    public init(id: ID, name: String) {
        self.id = id
        self.name = name
    }
}

/// A municipality (муниципалитет, район) inside a region.
public struct Municipality: Equatable, Sendable {
    public typealias ID = Identifier<Municipality>
    public var id: ID
    public var regionID: Region.ID
    public var name: String

    public init(id: ID, regionID: Region.ID, name: String) {
        self.id = id
        self.regionID = regionID
        self.name = name
    }
}

/// An education authority or methodical centre: it oversees a municipality or a whole region.
public struct Authority: Equatable, Sendable {
    public typealias ID = Identifier<Authority>

    public enum Level: Equatable, Sendable {
        case municipality(Municipality.ID)
        case region(Region.ID)
    }

    public var id: ID
    public var name: String
    public var level: Level

    public init(id: ID, name: String, level: Level) {
        self.id = id
        self.name = name
        self.level = level
    }
}
