import Foundation

/// What happened to personal data, as the audit log records it.
public enum AuditAction: String, CaseIterable, Codable, Sendable {
    case read
    case list
    case create
    case update
    case withdraw
    case anonymize
    case grant
    case revoke
    case download
    case delete

    public var title: String {
        switch self {
        case .read: "Просмотр"
        case .list: "Просмотр списка"
        case .create: "Создание"
        case .update: "Изменение"
        case .withdraw: "Отзыв согласия"
        case .anonymize: "Обезличивание"
        case .grant: "Выдача доступа"
        case .revoke: "Отзыв доступа"
        case .download: "Скачивание файла"
        case .delete: "Удаление"
        }
    }
}

/// The kind of object an audit row is about.
public enum AuditObject: String, CaseIterable, Codable, Sendable {
    case person
    case consent
    case legalRepresentative = "legal_representative"
    case account
    case apiToken = "api_token"
    case people
    case roadmap
    case roadmapEvidence = "roadmap_evidence"
    case program
    case vocabulary
    case mentorBase = "mentor_base"
    case menteeBase = "mentee_base"
    case mentorProfile = "mentor_profile"
    case menteeProfile = "mentee_profile"
    case questionnaire
    case survey
    case surveyResponse = "survey_response"
    case peopleImport = "people_import"
    case matchingRun = "matching_run"
    case mentorship
    case order
    case meeting
    case meetingFeedback = "meeting_feedback"
    case personalPlan = "personal_plan"
    case mentorReport = "mentor_report"
    case indicators
    case municipalFigures = "municipal_figures"
    case processResult = "process_result"
    case programReport = "program_report"
    case invitation
    case passwordReset = "password_reset"
    case outbox
    case territory
    case organization
    case criminalRecordCertificate = "criminal_record_certificate"
    case documentTemplate = "document_template"
    case regulation
    case mentorAgreement = "mentor_agreement"
    case partner
    case mentoringEvent = "mentoring_event"
    case training
    case contest
    case bestPractice = "best_practice"
    case publicSection = "public_section"
    case news
    case mentorApplication = "mentor_application"

    public var title: String {
        switch self {
        case .person: "Участник"
        case .consent: "Согласие"
        case .legalRepresentative: "Законный представитель"
        case .account: "Учётная запись"
        case .apiToken: "API-токен"
        case .people: "Список участников"
        case .roadmap: "Дорожная карта"
        case .roadmapEvidence: "Подтверждение мероприятия"
        case .program: "Программа наставничества"
        case .vocabulary: "Справочник"
        case .mentorBase: "База наставников"
        case .menteeBase: "База наставляемых"
        case .mentorProfile: "Профиль наставника"
        case .menteeProfile: "Профиль наставляемого"
        case .questionnaire: "Анкета"
        case .survey: "Анкетирование"
        case .surveyResponse: "Ответ на анкету"
        case .peopleImport: "Загрузка списка участников"
        case .matchingRun: "Подбор пар"
        case .mentorship: "Наставническая пара или группа"
        case .order: "Приказ"
        case .meeting: "Встреча"
        case .meetingFeedback: "Обратная связь по встрече"
        case .personalPlan: "Персонализированная программа"
        case .mentorReport: "Аналитический отчёт наставника"
        case .indicators: "Показатели и списки за ними"
        case .municipalFigures: "Знаменатели и целевые значения муниципалитета"
        case .processResult: "Результаты процесса наставничества"
        case .programReport: "Аналитический отчёт программы"
        case .invitation: "Приглашение"
        case .passwordReset: "Сброс пароля"
        case .outbox: "Исходящая почта"
        case .territory: "Территория"
        case .organization: "Организация"
        case .criminalRecordCertificate: "Справка об отсутствии судимости"
        case .documentTemplate: "Шаблон документа"
        case .regulation: "Положение о системе наставничества"
        case .mentorAgreement: "Согласие и соглашение наставника"
        case .partner: "Партнёр"
        case .mentoringEvent: "Мероприятие наставничества"
        case .training: "Обучение наставников"
        case .contest: "Конкурс наставников"
        case .bestPractice: "Лучшая практика"
        case .publicSection: "Раздел «Целевая модель наставничества»"
        case .news: "Новость"
        case .mentorApplication: "Заявка «Стать наставником»"
        }
    }
}
