import Foundation
import MentoringCore

/// The figures only the authority knows, and its targets, for a year (`monitoring/figures.leaf`).
struct MunicipalFiguresContext: FormContext {
    static let template = "monitoring/figures"
    var meta: PageMeta
    var form: FormPage.Form

    init(meta: PageMeta, municipality: UUID, year: Int, input: MunicipalFiguresInput, failure: ValidationFailure?) {
        self.meta = meta
        var fields = [
            FormField(
                "children10to19", "Детей 10–19 лет, проживающих на территории", value: input.children10to19,
                help: "Знаменатель первого показателя. Пусто — доля не вычисляется.", failure: failure),
            FormField(
                "children15to19", "Детей 15–19 лет, проживающих на территории", value: input.children15to19,
                failure: failure),
            FormField(
                "youngSpecialists", "Молодых специалистов-педагогов", value: input.youngSpecialists, failure: failure),
            FormField(
                "referenceDate", "Дата, на которую считается возраст", value: input.referenceDate,
                help: "ДД.ММ.ГГГГ; по умолчанию 1 сентября.", failure: failure),
        ]
        fields += MunicipalIndicator.allCases.map { indicator in
            FormField(
                MunicipalFiguresInput.targetField(indicator), "Цель, %: \(indicator.shortTitle)",
                value: input.targets?[indicator.rawValue], required: true, failure: failure)
        }
        fields += [
            FormField(
                "thresholdOfFive", "Порог удовлетворённости на шкале 1–5", value: input.thresholdOfFive,
                failure: failure),
            FormField(
                "thresholdOfTen", "Порог удовлетворённости на шкале 1–10", value: input.thresholdOfTen,
                failure: failure),
        ]
        let id = Slot.id(municipality)
        form = .init(
            action: SiteURL.municipalFigures(id).path + "?year=\(year)", fields: fields, submitTitle: "Сохранить",
            cancelURL: SiteURL.municipalMonitoring(id).path + "?year=\(year)")
    }
}
