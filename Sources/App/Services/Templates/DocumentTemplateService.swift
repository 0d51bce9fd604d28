import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Templates of the documents Nastavnik draws, held by an organization or by its municipality: downloaded as DOCX,
/// changed in Word or LibreOffice, checked on upload against the kind's fields, kept as versions. A document uses the
/// organization's own template, else its municipality's, else the built-in one, which stays one click away.
struct DocumentTemplateService {
    let scope: RequestScope

    /// The holder as the user may see it: an organization whose data they read, or a municipality they oversee;
    /// 404 otherwise. `managing` asks for the right to change the templates.
    func holder(_ owner: SettingOwner, managing: Bool = false) async throws -> TemplateHolder {
        switch owner {
        case .organization(let id):
            let directory = OrganizationDirectory(scope: scope)
            let (org, access) = try await managing ? directory.managedOrganization(id) : directory.organization(id)
            guard access.readsAll else { throw DomainError.notFound }
            return TemplateHolder(
                owner: owner, name: org.shortName, manages: access.manages, municipalityID: org.$municipality.id,
                role: access.role)
        case .municipality(let id):
            let municipality = try await MunicipalMonitoring(scope: scope).municipality(id)
            return TemplateHolder(owner: owner, name: municipality.name, manages: true, municipalityID: nil)
        }
    }

    func overview(_ owner: SettingOwner) async throws -> (holder: TemplateHolder, kinds: [TemplateKindState]) {
        let holder = try await holder(owner)
        switch owner {
        case .organization(let id):
            var kinds = TemplateKindState.all(try await DocumentTemplateModel.history(of: id, on: scope.db))
            if let municipalityID = holder.municipalityID {
                let municipal = TemplateKindState.all(
                    try await MunicipalTemplateModel.history(of: municipalityID, on: scope.db))
                for index in kinds.indices where !municipal[index].usesBuiltIn {
                    kinds[index].municipal = municipal[index].current
                }
            }
            return (holder, kinds)
        case .municipality(let id):
            return (holder, TemplateKindState.all(try await MunicipalTemplateModel.history(of: id, on: scope.db)))
        }
    }

    /// The holder's template in use as a file (an organization's may be its municipality's), or the built-in one when
    /// `builtIn`.
    func download(_ owner: SettingOwner, kind: DocumentKind, builtIn: Bool) async throws -> (Data, String) {
        let holder = try await holder(owner)
        if !builtIn, let (id, data) = try await inUse(owner, municipality: holder.municipalityID, kind: kind) {
            try await AuditLog(scope: scope).record(
                .download, .documentTemplate, objectID: id, organizationID: holder.organizationID, role: holder.role)
            return (data, kind.fileName)
        }
        return (try kind.builtIn, kind.fileName)
    }

    /// The template an organization's document of that kind is drawn from: its own, else its municipality's, else
    /// (nil) the built-in one — which is returned too when the organization has a letterhead, to carry it.
    func template(for organization: OrganizationModel, kind: DocumentKind) async throws -> DocxTemplate? {
        let organizationID = try organization.requireID()
        var template = try await inUse(
            .organization(organizationID), municipality: organization.$municipality.id, kind: kind
        ).map { try DocxTemplate($0.1) }
        if let letterhead = try await LetterheadService(scope: scope).image(of: organizationID) {
            var withLetterhead = try template ?? DocxTemplate(kind.builtIn)
            withLetterhead.letterhead = letterhead
            template = withLetterhead
        }
        return template
    }

    /// The template a municipality's own document of that kind (a training certificate) is drawn from: its own, else
    /// (nil) the built-in one.
    func template(forMunicipality id: UUID, kind: DocumentKind) async throws -> DocxTemplate? {
        try await ownFile(.municipality(id), kind: kind).map { try DocxTemplate($0.1) }
    }

    /// The file in use for the holder: its own, else (for an organization) its municipality's; nil for the built-in.
    private func inUse(
        _ owner: SettingOwner, municipality municipalityID: UUID?, kind: DocumentKind
    ) async throws -> (UUID?, Data)? {
        if let own = try await ownFile(owner, kind: kind) { return own }
        guard let municipalityID else { return nil }
        return try await ownFile(.municipality(municipalityID), kind: kind)
    }

    /// Checks the file against the kind's fields and keeps it as the holder's next version; nothing is saved when it
    /// does not fit. `nil` puts the built-in template back.
    func upload(_ owner: SettingOwner, kind: DocumentKind, file: ScanUpload?) async throws -> TemplateVersion {
        let holder = try await holder(owner, managing: true)
        if let file { try Self.check(file, kind: kind) }
        let content = file.map { ($0.fileName, $0.data) }
        // Of two uploads at once, the one that loses the version number takes the next one.
        var version: TemplateVersion?
        try await DatabaseContention.againIfDuplicate {
            version = try await scope.db.atomically { db in
                let (id, version) =
                    switch owner {
                    case .organization(let organizationID):
                        try await append(DocumentTemplateModel.self, organizationID, kind, content, on: db)
                    case .municipality(let municipalityID):
                        try await append(MunicipalTemplateModel.self, municipalityID, kind, content, on: db)
                    }
                try await AuditLog(scope: scope.on(db)).record(
                    file == nil ? .update : .create, .documentTemplate, objectID: id,
                    organizationID: holder.organizationID, role: holder.role, fields: [kind.rawValue])
                return version
            }
        }
        guard let version else { throw DomainError.notFound }
        return version
    }

    /// The holder's own file of the kind in use, with its version's id; nil when the built-in one is in use.
    private func ownFile(_ owner: SettingOwner, kind: DocumentKind) async throws -> (UUID?, Data)? {
        let current: (UUID?, Data?)? =
            switch owner {
            case .organization(let id):
                try await DocumentTemplateModel.current(of: id, kind: kind, on: scope.db).map { ($0.id, $0.data) }
            case .municipality(let id):
                try await MunicipalTemplateModel.current(of: id, kind: kind, on: scope.db).map { ($0.id, $0.data) }
            }
        guard let (id, data) = current, let data else { return nil }
        return (id, data)
    }

    private func append<Record: TemplateVersionRecord>(
        _ type: Record.Type, _ owner: UUID, _ kind: DocumentKind, _ file: (String, Data)?, on db: any Database
    ) async throws -> (UUID?, TemplateVersion) {
        let last = try await Record.lastVersion(of: owner, kind: kind, on: db)
        let record = Record(
            owner: owner, kind: kind, version: last + 1, file: file, by: scope.user.displayName, at: scope.now)
        try await record.create(on: db)
        return (record.id, TemplateVersion(record))
    }

    /// What is wrong with an uploaded template, by the file field; nothing when it can be used.
    static func check(_ file: ScanUpload, kind: DocumentKind) throws {
        let template: DocxTemplate
        do {
            template = try DocxTemplate(file.data)
        } catch {
            throw ValidationFailure(fields: ["file": error.message])
        }
        let problems = template.problems(against: kind.schema)
        guard problems.isEmpty else {
            throw ValidationFailure(fields: ["file": "Шаблон не принят: " + problems.joined(separator: " ")])
        }
    }
}
