import Fluent
import FluentKit
import Foundation
import Vapor

func routes(_ app: Application) throws {
    // MARK: - Web pages
    let web = app.grouped(WebSessionMiddleware(), CSRFMiddleware())
    try web.register(collection: AuthController())
    try web.register(collection: VisionController())

    let signedIn = web.grouped(RequireSignInMiddleware(), UnreadNotificationsMiddleware())
    try signedIn.register(collection: DashboardController())
    try signedIn.register(collection: OrganizationController())
    try signedIn.register(collection: PeopleController())
    try signedIn.register(collection: PersonCardController())
    try signedIn.register(collection: ConsentController())
    try signedIn.register(collection: RepresentativeController())
    try signedIn.register(collection: AuditController())
    try signedIn.register(collection: AccountController())
    try signedIn.register(collection: RoadmapController())
    try signedIn.register(collection: RoadmapActivityController())
    try signedIn.register(collection: RoadmapImportController())
    try signedIn.register(collection: RoadmapExportController())
    try web.register(collection: RoadmapFeedController())
    try signedIn.register(collection: ProgramController())
    try signedIn.register(collection: BaseController())
    try signedIn.register(collection: MatchingController())
    try signedIn.register(collection: MunicipalMatchingController())
    try signedIn.register(collection: ProfileController())
    try signedIn.register(collection: BaseExportController())
    try signedIn.register(collection: SurveyController())
    try signedIn.register(collection: VocabularyController())
    try signedIn.register(collection: PeopleImportController())
    try signedIn.register(collection: MunicipalBaseController())
    try signedIn.register(collection: MentorshipController())
    try signedIn.register(collection: MeetingController())
    try signedIn.register(collection: OrderController())
    try signedIn.register(collection: MyMentoringController())
    try signedIn.register(collection: ProgramMonitoringController())
    try signedIn.register(collection: MunicipalMonitoringController())
    // Personal answer links: no session and no CSRF token — the link's secret is the key.
    try app.register(collection: AnswerController())
    try app.register(collection: FeedbackController())

    // MARK: - JSON API
    let api = app.grouped("api", "v1")
    try api.register(collection: OpenAPIController())
    let authorized = api.grouped(APIAuthMiddleware())
    try authorized.register(collection: APIAccountController())
    try authorized.register(collection: APIOrganizationController())
    try authorized.register(collection: APIPeopleController())
    try authorized.register(collection: APIConsentController())
    try authorized.register(collection: APIAuditController())
    try authorized.register(collection: APIRoadmapController())
    try authorized.register(collection: APIBaseController())
    try authorized.register(collection: APIMatchingController())
    try authorized.register(collection: APIMunicipalMatchingController())
    try authorized.register(collection: APIMentorshipController())
    try authorized.register(collection: APIOrderController())
    try authorized.register(collection: APIMonitoringController())
}
