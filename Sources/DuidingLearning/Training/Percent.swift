/// Training logs print shares as percentages with two decimals.
public enum Percent {
    /// `part` of `whole` as `94.36`, or `-` when there is nothing to count.
    public static func format(_ part: Int, _ whole: Int) -> String {
        guard whole > 0 else { return "-" }
        let value = 10_000 * part / whole
        return "\(value / 100).\(value % 100 < 10 ? "0" : "")\(value % 100)"
    }
}
