import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The context of `people/card.leaf`.
struct PersonCardPage: Encodable {
    struct PersonView: Encodable {
        var birthDate: String
        var age: String
        var minor: Bool
        var sex, grade, position, subjects, experience, partner, email, phone: String?
        var categories: String
        var youngSpecialist: Bool
        var status, statusTitle: String
        var anonymized: Bool
        var anonymizeDue: String?
    }

    struct ConsentView: Encodable {
        var kind, purpose, signer, signedOn, validUntil, status, statusTitle, text, textHash: String
        var withdrawnOn: String?
        var scanURL: String?
        var withdrawURL: String?
    }

    struct RepresentativeView: Encodable {
        var fullName, relation: String
        var contacts: String?
    }

    var meta: PageMeta
    var person: PersonView
    var consents: [ConsentView]
    var representatives: [RepresentativeView]
    var audit: [AuditRow]
    var canManage: Bool
    var editURL, newConsentURL, newRepresentativeURL: String
    /// The certificate of no criminal record, for staff: asked of adults who are not the organization's teachers.
    var certificatesURL: String?
    var mentorRecordURL: String?
    /// «Пригласить» into an account tied to this person, for someone who may give participants' roles.
    var inviteURL: String?

    init(
        layout: PageLayout, today: CalendarDate, person model: PersonModel, org: OrganizationModel,
        access: OrganizationAccess,
        consents: [ConsentModel], representatives: [LegalRepresentativeModel], audit: [AuditEntryModel]
    ) throws {
        let details = model.details
        let id = (try model.requireID())
        let status = consents.map(\.consent).overallStatus(on: today)
        meta = layout.meta(details.fullName, breadcrumbs: try PeopleController.crumbs(org), scopeName: org.shortName)
        person = PersonView(
            birthDate: details.birthDate?.russian ?? "не указана",
            age: details.age(on: today).map(RussianCount.years) ?? "",
            minor: details.isMinor(on: today),
            sex: details.sex?.title, grade: details.grade, position: details.position,
            subjects: details.subjects.isEmpty ? nil : details.subjects.joined(separator: ", "),
            experience: details.teachingExperienceYears.map { "\($0) лет" }, partner: details.partnerName,
            email: details.email, phone: details.phone,
            categories: details.categories.map(\.title).joined(separator: ", "),
            youngSpecialist: details.isYoungSpecialist, status: status.rawValue, statusTitle: status.title,
            anonymized: model.anonymizedAt != nil,
            anonymizeDue: model.anonymizedAt == nil
                ? model.anonymizeDueOn.flatMap(CalendarDate.init(parsing:))?.russian : nil)
        self.consents = try consents.map { consentModel in
            let consent = consentModel.consent
            let consentStatus = consent.status(on: today)
            return ConsentView(
                kind: consent.kind.title, purpose: consent.purpose,
                signer: consentModel.representative.map { "\($0.fullName) (\($0.relation))" } ?? "сам участник",
                signedOn: consent.signedOn.russian, validUntil: consent.validUntil?.russian ?? "—",
                status: consentStatus.rawValue, statusTitle: consentStatus.title, text: consentModel.text.body,
                textHash: String(consentModel.text.sha256.prefix(12)), withdrawnOn: consent.withdrawnOn?.russian,
                scanURL: !consentModel.hasScan
                    ? nil : SiteURL.consentScan(person: .id(id), consent: .id(try consentModel.requireID())).path,
                withdrawURL: access.manages && consentStatus == .valid
                    ? SiteURL.withdrawConsent(person: .id(id), consent: .id(try consentModel.requireID())).path : nil)
        }
        self.representatives = representatives.map {
            let contacts = [$0.phone, $0.email].compactMap { $0 }.joined(separator: ", ")
            return RepresentativeView(
                fullName: $0.fullName, relation: $0.relation, contacts: contacts.isEmpty ? nil : contacts)
        }
        self.audit = audit.map { AuditRow($0, names: [:]) }
        canManage = access.manages && model.anonymizedAt == nil
        editURL = SiteURL.editPerson(.id(id)).path
        newConsentURL = SiteURL.newConsent(.id(id)).path
        newRepresentativeURL = SiteURL.newRepresentative(.id(id)).path
        certificatesURL = access.readsAll ? SiteURL.personCertificates(.id(id)).path : nil
        mentorRecordURL = access.readsAll ? SiteURL.mentorRecord(.id(id)).path : nil
        let mayInvite = layout.user.map { GrantPolicy.grantableRoles(by: $0.grants).contains(.mentor) } ?? false
        inviteURL =
            canManage && mayInvite && !details.isMinor(on: today)
            ? SiteURL.inviteAccount.path + "?person=" + id.uuidString.lowercased() : nil
    }
}
