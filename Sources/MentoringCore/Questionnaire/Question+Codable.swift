import Foundation

extension Question {
    enum CodingKeys: String, CodingKey {
        case id, text, help, kind, options, minimum, maximum, required
        case choiceSource = "choice_source"
        case scaleMax = "scale_max"
        case maxChoices = "max_choices"
        case showIf = "show_if"
        case profileField = "profile_field"
    }

    /// Lenient for templates written by hand: options, flags and limits may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            try c.decode(String.self, forKey: .id), try c.decode(String.self, forKey: .text),
            kind: try c.decode(Kind.self, forKey: .kind),
            options: try c.decodeIfPresent([String].self, forKey: .options) ?? [],
            choiceSource: try c.decodeIfPresent(ChoiceSource.self, forKey: .choiceSource),
            help: try c.decodeIfPresent(String.self, forKey: .help),
            scaleMax: try c.decodeIfPresent(Int.self, forKey: .scaleMax),
            minimum: try c.decodeIfPresent(Double.self, forKey: .minimum),
            maximum: try c.decodeIfPresent(Double.self, forKey: .maximum),
            maxChoices: try c.decodeIfPresent(Int.self, forKey: .maxChoices),
            required: try c.decodeIfPresent(Bool.self, forKey: .required) ?? false,
            showIf: try c.decodeIfPresent(Condition.self, forKey: .showIf),
            profileField: try c.decodeIfPresent(ProfileField.self, forKey: .profileField))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(help, forKey: .help)
        try c.encode(kind, forKey: .kind)
        if !options.isEmpty { try c.encode(options, forKey: .options) }
        try c.encodeIfPresent(choiceSource, forKey: .choiceSource)
        try c.encodeIfPresent(scaleMax, forKey: .scaleMax)
        try c.encodeIfPresent(minimum, forKey: .minimum)
        try c.encodeIfPresent(maximum, forKey: .maximum)
        try c.encodeIfPresent(maxChoices, forKey: .maxChoices)
        try c.encode(required, forKey: .required)
        try c.encodeIfPresent(showIf, forKey: .showIf)
        try c.encodeIfPresent(profileField, forKey: .profileField)
    }
}

extension Questionnaire {
    enum CodingKeys: String, CodingKey { case key, version, title, intro, audience, sections }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            key: try c.decode(String.self, forKey: .key),
            version: try c.decodeIfPresent(Int.self, forKey: .version) ?? 1,
            title: try c.decode(String.self, forKey: .title), intro: try c.decodeIfPresent(String.self, forKey: .intro),
            audience: try c.decodeIfPresent(Audience.self, forKey: .audience) ?? .participant,
            sections: try c.decode([QuestionnaireSection].self, forKey: .sections))
    }
}
