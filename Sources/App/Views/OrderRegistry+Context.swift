import MentoringCore

/// The orders registry of an organization (`orders/registry.leaf`): every order, the newest first.
struct OrderRegistryContext: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var title: String
        var url: String
        var kind: String
        var reference: String
        var status: String
        var statusTitle: String
        var preparedBy: String
    }

    var meta: PageMeta
    var notice: String?
    /// Where a new order is prepared, for whoever manages the organization.
    var newOrder: String?
    var orders: [Row]
    /// The pattern of order numbers and the form that sets it, for whoever manages the organization.
    var numbering: NumberingSection?

    init(
        meta: PageMeta, notice: String?, organization: Organization, access: OrganizationAccess, orders: [OrderSummary],
        numbering: String?, problem: String?
    ) {
        self.meta = meta
        self.notice = notice
        newOrder = access.manages ? SiteURL.newOrder(.id(organization.id.rawValue)).path : nil
        self.numbering =
            access.manages
            ? NumberingSection(
                "приказов", action: .orderNumbering(.id(organization.id.rawValue)), pattern: numbering,
                problem: problem, when: "При подписании предлагается следующий номер.") : nil
        self.orders = orders.map { order in
            Row(
                title: order.title, url: SiteURL.order(.id(order.id.rawValue)).path, kind: order.kind.title,
                reference: order.status == .signed ? order.reference : "—", status: order.status.rawValue,
                statusTitle: order.status.title, preparedBy: order.preparedBy)
        }
    }
}
