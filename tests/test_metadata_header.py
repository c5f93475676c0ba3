"""The element walks of the header readers visit what the XPath axes they stand for select, in the same order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from articlextract.metadata.header import _preceding

#: Small trees: elements of a few tags, comments among them (a walk of elements passes over those).
_TREES = st.recursive(
    st.sampled_from(["p", "span", "a", "!--"]).map(lambda tag: (tag, [])),
    lambda children: st.tuples(st.sampled_from(["div", "li", "header"]), st.lists(children, max_size=4)),
    max_leaves=30,
)


def _build(tree: tuple[str, list]) -> etree._Element:
    tag, children = tree
    if tag == "!--":
        return etree.Comment("note")
    element = etree.Element(tag)
    element.extend(_build(child) for child in children)
    return element


@given(_TREES)
def test_the_elements_above_are_the_preceding_axis_nearest_first(tree: tuple[str, list]) -> None:
    root = etree.Element("html")
    root.append(_build(tree))
    for element in root.iter(etree.Element):
        assert list(_preceding(element)) == list(reversed(element.xpath("preceding::*")))
