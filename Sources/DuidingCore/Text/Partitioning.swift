extension RandomAccessCollection {
    /// The first index whose element does not satisfy `belongsBefore`, in a collection where every element that does
    /// comes before every one that does not (binary search: the tokens that end before an offset, the mentions before a
    /// token).
    ///
    /// - Complexity: O(log n).
    public func partitioningIndex(where belongsBefore: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if belongsBefore(self[middle]) {
                low = index(after: middle)
                count -= half + 1
            } else {
                count = half
            }
        }
        return low
    }
}
