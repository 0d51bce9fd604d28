import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor

@testable import App

/// A person's record is one statement with a row per consent: it gives the person Fluent reads, their employer, the
/// organization its own read gives and every consent, and a person without consents once.
@Suite struct PersonRecordTests {
    @Test func aRecordHoldsThePersonTheirOrganizationAndEveryConsent() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let scope = app.consoleScope()
            let org = fixture.a.organization
            (org.electronicConsent, org.certificateValidityMonths) = (true, 7)
            (org.orderNumbering, org.address, org.siteURL) = ("Н-{n}", "ул. Ленина, 1", "https://school.example")
            try await org.save(on: app.db)
            let minor = try fixture.a.minor.requireID()
            let representative = fixture.a.representative
            _ = try await ConsentService(scope: scope).record(
                for: minor,
                input: ConsentInput(
                    kind: "personal_data", purpose: "Конкурс", signedBy: try representative.requireID().uuidString,
                    signedOn: "02.09.2026", validUntil: "31.05.2027", text: "Второе согласие"), scan: nil)

            let record = try #require(try await PersonModel.record(minor, on: app.db))
            let consents = try await ConsentLookup(db: app.db).consents(of: minor)
            #expect(consents.count == 2)
            #expect(record.consents.sorted(by: Self.byID) == consents.sorted(by: Self.byID))
            let fluent = try #require(try await PersonModel.find(minor, on: app.db))
            #expect("\(try PersonListing(record.person))" == "\(try PersonListing(fluent))")
            #expect(record.person.$partner.value.map { $0 == nil } == true)
            let own = try #require(try await OrganizationModel.find(withMunicipality: org.requireID(), on: app.db))
            for read in [record.organization, own] {
                #expect(read.details == org.details)
                #expect(read.electronicConsent && read.certificateValidityMonths == 7)
                #expect(read.orderNumbering == "Н-{n}" && read.agreementNumbering == nil)
                #expect(read.municipality.name == own.municipality.name)
                #expect(read.municipality.$region.id == fixture.a.municipality.$region.id)
            }

            let adult = try fixture.a.adult.requireID()
            var input = PersonInput(fixture.a.adult.details)
            input.partnerName = "ООО «Наставник»"
            try await PeopleService(scope: scope).update(adult, input: input)
            let employed = try #require(try await PersonModel.record(adult, on: app.db))
            #expect(employed.consents.isEmpty)
            #expect(employed.person.$partner.value??.name == "ООО «Наставник»")
            #expect(try await PersonModel.record(UUID(), on: app.db).map { _ in true } == nil)
        }
    }

    private static func byID(_ a: Consent, _ b: Consent) -> Bool { a.id.rawValue.uuidString < b.id.rawValue.uuidString }
}
