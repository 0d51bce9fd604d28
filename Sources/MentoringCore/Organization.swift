import Foundation

/// An educational organization (ОО) that runs a mentoring program.
public struct Organization: Equatable, Sendable {
    public typealias ID = Identifier<Organization>

    public enum Kind: String, CaseIterable, Codable, Sendable {
        case school
        case kindergarten
        case college
        case additionalEducation = "additional_education"

        public var title: String {
            switch self {
            case .school: "Общеобразовательная организация"
            case .kindergarten: "Дошкольная образовательная организация"
            case .college: "Профессиональная образовательная организация"
            case .additionalEducation: "Организация дополнительного образования"
            }
        }
    }

    public var id: ID
    public var municipalityID: Municipality.ID
    public var details: Details

    public init(id: ID, municipalityID: Municipality.ID, details: Details) {
        self.id = id
        self.municipalityID = municipalityID
        self.details = details
    }

    /// What a user enters about an organization.
    public struct Details: Equatable, Codable, Sendable {
        public var kind: Kind
        public var fullName: String
        public var shortName: String
        public var address: String?
        public var headName: String?
        public var headPosition: String?
        public var siteURL: String?

        public init(
            kind: Kind, fullName: String, shortName: String, address: String? = nil,
            headName: String? = nil, headPosition: String? = nil, siteURL: String? = nil
        ) {
            self.kind = kind
            self.fullName = fullName
            self.shortName = shortName
            self.address = address
            self.headName = headName
            self.headPosition = headPosition
            self.siteURL = siteURL
        }
    }

    /// Raw fields of the organization form, validated into `Details` together with the territory names.
    public struct Input: Codable, Sendable {
        public var kind: String?
        public var fullName: String?
        public var shortName: String?
        public var address: String?
        public var headName: String?
        public var headPosition: String?
        public var siteURL: String?
        /// Chosen from the list of municipalities, never typed.
        public var municipalityID: String?

        public init(
            kind: String? = nil, fullName: String? = nil, shortName: String? = nil, address: String? = nil,
            headName: String? = nil, headPosition: String? = nil, siteURL: String? = nil,
            municipalityID: String? = nil
        ) {
            self.kind = kind
            self.fullName = fullName
            self.shortName = shortName
            self.address = address
            self.headName = headName
            self.headPosition = headPosition
            self.siteURL = siteURL
            self.municipalityID = municipalityID
        }

        /// The validated organization with the municipality it belongs to.
        public func validated() throws(ValidationFailure) -> (details: Details, municipalityID: Municipality.ID) {
            var reader = FieldReader()
            let kind: Kind? = reader.choice("kind", kind, required: true)
            let fullName = reader.required("fullName", fullName, maxLength: 500)
            let shortName = reader.required("shortName", shortName)
            let municipality = reader.optional(municipalityID).flatMap(Municipality.ID.init(string:))
            if municipality == nil { reader.failure.add("municipalityID", "Выберите муниципалитет из списка.") }
            let site = reader.optionalLimited("siteURL", siteURL)
            if let site, !(site.hasPrefix("https://") || site.hasPrefix("http://")) {
                reader.failure.add("siteURL", "Адрес сайта начинается с http:// или https://.")
            }
            let details = Details(
                kind: kind ?? .school, fullName: fullName, shortName: shortName,
                address: reader.optionalLimited("address", address, maxLength: 500),
                headName: reader.optionalLimited("headName", headName),
                headPosition: reader.optionalLimited("headPosition", headPosition),
                siteURL: site)
            try reader.failure.throwIfAny()
            return (details, municipality ?? Municipality.ID(UUID()))
        }
    }
}
