/// The configuration of the arc-hybrid transition system: a stack, a buffer position and the arcs so far.
///
/// Words are numbered 1…n as in CoNLL-U; 0 is the root, at the bottom of the stack.
/// - SHIFT moves the first buffer word onto the stack.
/// - LEFT(l) makes the first buffer word the head of the stack top, with label l, and pops it.
/// - RIGHT(l) makes the word below the stack top its head, with label l, and pops it.
struct ParserState {
    let count: Int
    var stack: [Int] = [0]
    /// The first word of the buffer (words `next...count` are left).
    var next = 1
    var heads: [Int]
    var labels: [Int]
    /// Leftmost and rightmost dependents of each word (0 when none).
    var leftmost: [Int]
    var rightmost: [Int]
    var leftCount: [Int]
    var rightCount: [Int]
    /// The labels of each word's left and right dependents so far, one bit per label (modulo 64).
    var leftLabels: [UInt64]
    var rightLabels: [UInt64]

    init(count: Int) {
        self.count = count
        heads = [Int](repeating: -1, count: count + 1)
        labels = [Int](repeating: -1, count: count + 1)
        leftmost = [Int](repeating: 0, count: count + 1)
        rightmost = [Int](repeating: 0, count: count + 1)
        leftCount = [Int](repeating: 0, count: count + 1)
        rightCount = [Int](repeating: 0, count: count + 1)
        leftLabels = [UInt64](repeating: 0, count: count + 1)
        rightLabels = [UInt64](repeating: 0, count: count + 1)
    }

    var isTerminal: Bool { next > count && stack.count == 1 }
    var bufferFirst: Int? { next <= count ? next : nil }

    enum Move: Equatable {
        case shift
        case left(Int)
        case right(Int)
    }

    func canShift() -> Bool { next <= count }
    func canLeft() -> Bool { stack.count > 1 && next <= count }
    /// RIGHT onto the root only at the end, so that the root has one dependent.
    func canRight() -> Bool { stack.count > 2 || (stack.count == 2 && next > count) }

    mutating func apply(_ move: Move) {
        switch move {
        case .shift:
            stack.append(next)
            next += 1
        case .left(let label):
            let dependent = stack.removeLast()
            attach(dependent, to: next, label: label)
        case .right(let label):
            let dependent = stack.removeLast()
            attach(dependent, to: stack[stack.count - 1], label: label)
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: Int) {
        heads[dependent] = head
        labels[dependent] = label
        if dependent < head {
            if leftmost[head] == 0 || dependent < leftmost[head] { leftmost[head] = dependent }
            leftCount[head] += 1
            leftLabels[head] |= 1 << UInt64(label & 63)
        } else {
            if dependent > rightmost[head] { rightmost[head] = dependent }
            rightCount[head] += 1
            rightLabels[head] |= 1 << UInt64(label & 63)
        }
    }

    /// The static oracle's move for a projective gold tree: reduce the stack top once it has all its
    /// dependents and its head is at hand, else shift.
    func oracle(goldHeads: [Int], goldLabels: [Int], dependentsLeft: [Int]) -> Move {
        if stack.count > 1 {
            let top = stack[stack.count - 1]
            if dependentsLeft[top] == 0 {
                if next <= count, goldHeads[top] == next { return .left(goldLabels[top]) }
                if goldHeads[top] == stack[stack.count - 2], canRight() { return .right(goldLabels[top]) }
            }
        }
        return .shift
    }
}

extension ParserState {
    /// What each kind of move costs against a projective gold tree: how many gold arcs become
    /// unreachable (the arc-hybrid dynamic oracle of Goldberg and Nivre, 2013). A LEFT or RIGHT that
    /// builds a gold arc with another label costs one more (see `labelCost`).
    func costs(goldHeads: [Int], onStack: [Bool]) -> (shift: Int, left: Int, right: Int) {
        var shift = Int.max
        var left = Int.max
        var right = Int.max
        let top = stack[stack.count - 1]
        if canShift() {
            var lost = 0
            for word in stack where goldHeads[word] == next && word != 0 { lost += 1 }
            let head = goldHeads[next]
            if head != top, head < next, onStack[head] { lost += 1 }
            shift = lost
        }
        if stack.count > 1 {
            var childrenInBuffer = 0
            if next <= count {
                for word in next...count where goldHeads[word] == top { childrenInBuffer += 1 }
            }
            let head = goldHeads[top]
            let below = stack[stack.count - 2]
            if canLeft() {
                left = childrenInBuffer + ((head == below || head > next) ? 1 : 0)
            }
            if canRight() {
                right = childrenInBuffer + (head >= next ? 1 : 0)
            }
        }
        return (shift, left, right)
    }

    /// Whether the stack top's gold arc is the one LEFT (`towardsBuffer`) or RIGHT would build, and
    /// with which label; `nil` when the move builds no gold arc (then every label costs the same).
    func goldLabel(left towardsBuffer: Bool, goldHeads: [Int], goldLabels: [Int]) -> Int? {
        guard stack.count > 1 else { return nil }
        let top = stack[stack.count - 1]
        let head = towardsBuffer ? next : stack[stack.count - 2]
        return goldHeads[top] == head ? goldLabels[top] : nil
    }
}

extension ParserState {
    /// Whether a gold tree can be built by the transitions: no two arcs cross (the root, word 0, counts).
    ///
    /// - Complexity: O(n²).
    static func isProjective(_ heads: [Int]) -> Bool {
        let arcs = (1..<heads.count).map { (min($0, heads[$0]), max($0, heads[$0])) }
        for (a1, b1) in arcs {
            for (a2, b2) in arcs where (a1 < a2 && a2 < b1 && b1 < b2) || (a2 < a1 && a1 < b2 && b2 < b1) {
                return false
            }
        }
        return true
    }

    /// A projective version of a tree: while two arcs cross, the shorter one is lifted (its dependent
    /// attached to its head's head), as in pseudo-projective parsing without label encoding; `nil` when
    /// lifting does not end in a projective tree.
    static func projectivized(_ heads: [Int]) -> [Int]? {
        var heads = heads
        for _ in 0..<(heads.count * 2) {
            var crossing: (Int, Int)?
            outer: for d1 in 1..<heads.count {
                let (a1, b1) = (min(d1, heads[d1]), max(d1, heads[d1]))
                for d2 in 1..<heads.count {
                    let (a2, b2) = (min(d2, heads[d2]), max(d2, heads[d2]))
                    if a1 < a2 && a2 < b1 && b1 < b2 {
                        crossing = (d1, d2)
                        break outer
                    }
                }
            }
            guard let (d1, d2) = crossing else { return heads }
            let shorter = abs(d1 - heads[d1]) <= abs(d2 - heads[d2]) ? d1 : d2
            // The root keeps one dependent: an arc is never lifted onto it.
            guard heads[shorter] != 0, heads[heads[shorter]] != 0 else { return nil }
            heads[shorter] = heads[heads[shorter]]
        }
        return nil
    }
}
