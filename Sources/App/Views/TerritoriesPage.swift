import FluentKit
import Foundation
import MentoringCore
import Persistence

/// «Территории»: regions, their municipalities and authorities, and the forms to add them.
struct TerritoriesPage: Encodable {
    struct Municipality: Encodable {
        var name: String
        var authorities: [String]
        var organizations: Int
    }
    struct Region: Encodable {
        var name: String
        var authorities: [String]
        var municipalities: [Municipality]
    }

    var meta: PageMeta
    var notice: String?
    var regions: [Region]
    var regionForm: [FormField]?
    var municipalityForm: [FormField]?
    var authorityForm: [FormField]?
    var organizationURL: String?

    init(
        meta: PageMeta, tree: TerritoryService.Tree, user: CurrentUser, notice: String?, failure: ValidationFailure?,
        failedForm: String?, typed: TerritoryInput? = nil
    ) throws {
        self.meta = meta
        self.notice = notice
        regions = tree.regions.map { region in
            Region(
                name: region.model.name, authorities: region.authorities.map(\.name),
                municipalities: region.municipalities.map {
                    Municipality(
                        name: $0.model.name, authorities: $0.authorities.map(\.name), organizations: $0.organizations)
                })
        }
        let map = tree.territory.map
        func failed(_ form: String) -> ValidationFailure? { failedForm == form ? failure : nil }
        /// What was typed into the form that came back, so that nothing typed is lost.
        func kept(_ form: String, _ value: KeyPath<TerritoryInput, String?>) -> String? {
            failedForm == form ? typed?[keyPath: value] : nil
        }
        if user.isAdministrator {
            regionForm = [
                FormField(
                    "name", "Название региона", value: kept("region", \.name), required: true,
                    help: "Например, «Красноярский край».", failure: failed("region"))
            ]
        }
        let regionOptions = try tree.regions.filter {
            TerritoryPolicy.mayManage(user.grants, at: .region(.init(try $0.model.requireID())), in: map)
        }.map {
            let id = (try $0.model.requireID()).uuidString.lowercased()
            return FormField.Option(
                value: id, title: $0.model.name, selected: id == kept("municipality", \.regionID)?.lowercased())
        }
        if !regionOptions.isEmpty {
            municipalityForm = [
                FormField(
                    "regionID", "Регион", kind: "select", required: true, failure: failed("municipality"),
                    options: regionOptions),
                FormField(
                    "name", "Название муниципалитета", value: kept("municipality", \.name), required: true,
                    help: "Например, «Дзержинский район».", failure: failed("municipality")),
            ]
        }
        var levels: [FormField.Option] = []
        for region in tree.regions {
            if TerritoryPolicy.mayManage(user.grants, at: .region(.init(try region.model.requireID())), in: map) {
                levels.append(
                    .init(
                        value: GrantScope.region(.init(try region.model.requireID())).token,
                        title: "Регион: \(region.model.name)",
                        selected: GrantScope.region(.init(try region.model.requireID())).token
                            == kept("authority", \.level)))
            }
            for municipality in region.municipalities
            where TerritoryPolicy.mayManage(
                user.grants, at: .municipality(.init(try municipality.model.requireID())), in: map)
            {
                levels.append(
                    .init(
                        value: GrantScope.municipality(.init(try municipality.model.requireID())).token,
                        title: "\(municipality.model.name) (\(region.model.name))",
                        selected: GrantScope.municipality(.init(try municipality.model.requireID())).token
                            == kept("authority", \.level)))
            }
        }
        if !levels.isEmpty {
            authorityForm = [
                FormField(
                    "level", "Чью работу ведёт", kind: "select", required: true, failure: failed("authority"),
                    options: levels),
                FormField(
                    "name", "Название органа управления или методического центра", value: kept("authority", \.name),
                    required: true,
                    help: "Например, «Управление образования администрации Дзержинского района».",
                    failure: failed("authority")),
            ]
            organizationURL = SiteURL.newOrganization.path
        }
    }
}

/// What the forms of «Территории» send: a name, and the region or the level it belongs to.
struct TerritoryInput: Codable, Sendable {
    var name: String?
    var regionID: String?
    var level: String?
}
