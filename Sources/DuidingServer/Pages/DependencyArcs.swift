import DuidingCore

/// A sentence's dependency tree drawn as arcs over its words (as displaCy does), as inline SVG: each
/// word with its UPOS below it, each arc from head to dependent with the relation on top and an arrow
/// at the dependent. Long sentences scroll sideways.
enum DependencyArcs {
    static let wordWidth = 86
    static let levelHeight = 26

    static func svg(_ tokens: ArraySlice<Token>) -> String {
        let words = Array(tokens)
        guard !words.isEmpty else { return "" }
        // Arcs with their span; the height grows with the distance, capped.
        var arcs: [(from: Int, to: Int, label: String)] = []
        for (index, token) in words.enumerated() {
            guard let head = token.head, head > 0, head <= words.count, head - 1 != index else { continue }
            arcs.append((head - 1, index, token.deprel ?? ""))
        }
        let levels = arcs.map { min(abs($0.from - $0.to), 8) }
        let top = (levels.max() ?? 1) * levelHeight + 20
        let width = words.count * wordWidth + 20
        let height = top + 48
        var svg = "<svg class=\"dependencies\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
        svg += "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"dependency tree\">\n"
        for (index, token) in words.enumerated() {
            let x = 10 + index * wordWidth + wordWidth / 2
            svg += "<text x=\"\(x)\" y=\"\(top + 20)\" text-anchor=\"middle\" class=\"word\">\(HTML.escape(token.text))</text>"
            svg += "<text x=\"\(x)\" y=\"\(top + 38)\" text-anchor=\"middle\" class=\"tag\">\(HTML.escape(token.upos ?? ""))</text>\n"
        }
        for (arc, level) in zip(arcs, levels) {
            let x1 = 10 + arc.from * wordWidth + wordWidth / 2 + (arc.from < arc.to ? 6 : -6)
            let x2 = 10 + arc.to * wordWidth + wordWidth / 2
            let y = top - level * levelHeight
            let base = top
            svg += "<path class=\"arc\" d=\"M\(x1),\(base) C\(x1),\(y) \(x2),\(y) \(x2),\(base)\" fill=\"none\"/>"
            svg += "<path class=\"arrow\" d=\"M\(x2 - 4),\(base - 7) L\(x2),\(base) L\(x2 + 4),\(base - 7)\" fill=\"none\"/>"
            let middle = (x1 + x2) / 2
            let labelY = (y + base) / 2 - level * levelHeight / 4 + 2
            svg += "<text x=\"\(middle)\" y=\"\(max(labelY, 12))\" text-anchor=\"middle\" class=\"label\">\(HTML.escape(arc.label))</text>\n"
        }
        return svg + "</svg>\n"
    }
}
