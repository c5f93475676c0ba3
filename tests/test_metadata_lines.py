"""The visible lines near an element, checked against a plain recursive reading of the same rules.

The walk in `articlextract.metadata.lines` iterates the nodes and closes each element when the next
node is not inside it; the reference here descends child by child, so each element's start, children,
tails and end sit where the rules put them. Both use the same line builder (segments, link text), so
any difference is the walk's: a line cut in the wrong place, a tail read twice or lost, a comment's
text shown, link text counted outside its link.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from lxml import etree

from articlextract.lexicon import BLOCK_TAGS
from articlextract.metadata.lines import Line, _Builder, lines_after, lines_before, lines_of

TEXTS = st.sampled_from(["", " ", "\n  ", "word", " two words ", "wide  gap", "全角\u3000空格"])
TAGS = st.sampled_from(["div", "p", "li", "h2", "span", "em", "a"])


def _element(tag: str, text: str, children: list[str], tail: str) -> str:
    return f"<{tag}>{text}{''.join(children)}</{tag}>{tail}"


LEAVES = st.one_of(
    st.builds(_element, TAGS, TEXTS, st.just([]), TEXTS),
    st.builds("<br/>{}".format, TEXTS),
    st.builds("<hr/>{}".format, TEXTS),
    st.builds("<!-- a comment -->{}".format, TEXTS),  # its text is never shown; its tail is
    st.builds("<?pi an instruction?>{}".format, TEXTS),
)
NODES = st.recursive(LEAVES, lambda children: st.builds(_element, TAGS, TEXTS, st.lists(children, max_size=4), TEXTS))
CONTENT = st.builds(lambda text, nodes: text + "".join(nodes), TEXTS, st.lists(NODES, max_size=5))

NESTED = (
    "<p>Lead <a>in a <em>link</em><br/>after the break</a> tail<!-- hidden --> words</p>"
    "<div>  next <span>one</span></div>"
)


def plain_lines(element: etree._Element, link_depth: int = 0) -> list[Line]:
    """`lines_of` by recursion: the obvious reading of the rules, to check the walk against."""
    builder = _Builder()
    builder.link_depth = link_depth
    lines: list[Line | None] = []

    def walk(node: etree._Element) -> None:
        tag = node.tag
        if not isinstance(tag, str):  # a comment or processing instruction shows no text
            return
        if tag in BLOCK_TAGS or tag == "br":
            lines.append(builder.flush())
        if tag == "a":
            builder.link_depth += 1
        builder.add(node.text)
        for child in node:
            walk(child)
            builder.add(child.tail)
        if tag == "a":
            builder.link_depth -= 1
        if tag in BLOCK_TAGS:
            lines.append(builder.flush())

    walk(element)
    lines.append(builder.flush())
    return [line for line in lines if line]


def tree(content: str) -> etree._Element:
    """`content` inside a `<div>`, parsed as XML so that the tree has exactly the markup's structure."""
    return etree.fromstring(f"<div>{content}</div>")


@given(CONTENT)
@example(NESTED)
def test_the_lines_of_an_element_are_the_plain_walks(content: str) -> None:
    root = tree(content)
    for element in root.iter():
        assert lines_of(element) == plain_lines(element)


@given(CONTENT, CONTENT)
@example("<p>before</p>", NESTED)
@example("", " tail<a>link <b>text</b></a> more<!-- c --> end")
def test_the_lines_after_an_element_are_the_plain_walk_of_what_follows_it(before: str, after: str) -> None:
    """After a headline (the one `<h1>`), the lines are those of the rest of the `<div>` read alone."""
    headline = tree(f"{before}<h1/>{after}").find("h1")
    assert list(lines_after(headline)) == plain_lines(tree(after))


@given(CONTENT, st.integers(min_value=1, max_value=6))
@example(NESTED, 3)
@example("<a>one<br/>two<p>three</p>four</a>", 4)
def test_the_lines_before_an_element_are_the_plain_walks_of_its_preceding_siblings(before: str, limit: int) -> None:
    """Nearest first: the last lines of each preceding element, and only those (not the tails between them)."""
    headline = tree(f"{before}<h1/>").find("h1")
    expected = [line for sibling in headline.itersiblings(preceding=True) for line in reversed(plain_lines(sibling))]
    assert lines_before(headline, limit) == expected[:limit]


def test_a_nested_snippet_reads_as_the_rules_say() -> None:
    """The reference itself, on a snippet checked by hand: a `<br>` cuts the link's line, a comment shows nothing."""
    assert plain_lines(tree(NESTED)) == [
        Line("Lead  in a  link", False),
        Line("after the break  tail  words", False),
        Line("next  one", False),
    ]
    assert plain_lines(tree("<p><a>all <em>linked</em></a></p>")) == [Line("all  linked", True)]
