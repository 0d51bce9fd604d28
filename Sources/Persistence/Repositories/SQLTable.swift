import SQLKit

/// The tables that SQL of our own reads, each named once, from its model.
package enum SQLTable {
    package static let mentorships = SQLIdentifier(MentorshipModel.schema)
    package static let mentorshipMentees = SQLIdentifier(MentorshipMenteeModel.schema)
    package static let mentorProfiles = SQLIdentifier(MentorProfileModel.schema)
    package static let menteeProfiles = SQLIdentifier(MenteeProfileModel.schema)
    package static let people = SQLIdentifier(PersonModel.schema)
    package static let programs = SQLIdentifier(ProgramModel.schema)
    package static let meetings = SQLIdentifier(MeetingModel.schema)
    package static let meetingFeedback = SQLIdentifier(MeetingFeedbackModel.schema)
    package static let questionnaireTemplates = SQLIdentifier(QuestionnaireTemplateModel.schema)
    package static let surveys = SQLIdentifier(SurveyModel.schema)
    package static let surveyResponses = SQLIdentifier(SurveyResponseModel.schema)
    package static let roadmaps = SQLIdentifier(RoadmapModel.schema)
    package static let roadmapActivities = SQLIdentifier(RoadmapActivityModel.schema)
}
