/// An office written out: `de Russische president`, `China's topdiplomaat`, `de secretaris-generaal van de NAVO`.
struct Description {
    var tokens: Range<Int>
    /// The office phrase within it (`minister van Defensie`).
    var office: Range<Int>
    /// The roles the office noun can mean (`leider` → head of state or of government).
    var roles: [String]
    /// The country an adjective, a possessive or `van` + country names.
    var country: String?
    /// The country or organisation a compound names (`NAVO-chef`).
    var owner: String?
    /// The name after `van`, when it is one (`van Poetin`, `van de NAVO`).
    var ofName: Int?
    /// Opened by a determiner or a possessive: it can refer on its own.
    var definite: Bool
}
