"""The small family graph of the person page: parents above, the person with siblings and
spouse in the middle, children below; relatives inside China and abroad, named and unnamed.
Laid out here and drawn as SVG by records/_family_graph.html: no JavaScript library."""

import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext as _

from tugan.core.gazetteer import is_abroad
from tugan.records.choices import EventType, Relation, RelationshipKind

if TYPE_CHECKING:
    from tugan.records.models import Person

NODE_WIDTH = 184
NODE_HEIGHT = 52
GAP_X = 16
ROW_HEIGHT = 96
MARGIN = 8
MAX_LABEL = 20  # in half-width characters, at the 14px of .node-name
# Which row a relative goes in, by how they relate to the person.
ROW_OF_KIND = {
    RelationshipKind.PARENT: 0,
    RelationshipKind.CHILD: 2,
}
ROW_OF_RELATION: dict[str, int] = {
    Relation.FATHER: 0,
    Relation.MOTHER: 0,
    Relation.PARENT: 0,
    Relation.SON: 2,
    Relation.DAUGHTER: 2,
    Relation.CHILD: 2,
}
# Latest events that put a person's node in the "held or missing" style.
HELD_EVENTS = {EventType.DETAINED, EventType.SENTENCED, EventType.DISAPPEARED, EventType.DIED}


@dataclass
class GraphNode:
    label: str
    relation: str
    public_id: str = ""
    where: str = ""  # "inside", "abroad" or ""
    is_held: bool = False
    is_unnamed: bool = False
    is_center: bool = False
    x: int = 0
    y: int = 0

    @property
    def css_class(self) -> str:
        classes = ["node"]
        if self.is_center:
            classes.append("center")
        if self.where:
            classes.append(self.where)
        if self.is_held:
            classes.append("held")
        if self.is_unnamed:
            classes.append("unnamed")
        return " ".join(classes)

    @property
    def short_label(self) -> str:
        """Return the label cut to fit its box: a Han character is as wide as two Latin ones."""
        width, kept = 0, list[str]()
        for character in self.label:
            width += 2 if unicodedata.east_asian_width(character) in {"W", "F"} else 1
            if width > MAX_LABEL:
                return "".join(kept[:-1]) + "…"
            kept.append(character)
        return self.label

    @property
    def text_x(self) -> int:
        return self.x + NODE_WIDTH // 2


@dataclass
class GraphEdge:
    x1: int
    y1: int
    x2: int
    y2: int


@dataclass
class FamilyGraph:
    width: int
    height: int
    nodes: list[GraphNode] = field(default_factory=list)
    edges: list[GraphEdge] = field(default_factory=list)
    node_width: int = NODE_WIDTH
    node_height: int = NODE_HEIGHT


def where_of(person: "Person") -> str:
    """Return "inside" for a residence in China, "abroad" for one elsewhere, else ""."""
    residence = getattr(person, "residence", None)
    if residence is None:
        return ""
    return "abroad" if is_abroad(residence.key) else "inside"


def lay_out_family(
    center: "Person",
    center_label: str,
    relatives: list[dict[str, Any]],
    unnamed: list[dict[str, Any]],
    held_ids: set[int],
) -> FamilyGraph | None:
    """Return the graph of a person, their relatives (read_relatives) and their unnamed
    relatives (read_unnamed_relatives); None when there is nobody to draw beside them."""
    rows: list[list[GraphNode]] = [[], [], []]
    placed: dict[int, GraphNode] = {}
    for relative in relatives:
        other = relative["person"]
        if other.pk in placed:
            # Kinship first, "reports on" second: one node per person.
            if relative["kind"] not in {RelationshipKind.REPORTS_ON, "reported_on"}:
                placed[other.pk].relation = str(relative["relation"])
            continue
        node = GraphNode(
            label=getattr(other, "display_name", other.public_id),
            relation=str(relative["relation"]),
            public_id=other.public_id,
            where=where_of(other),
            is_held=other.pk in held_ids,
        )
        placed[other.pk] = node
        rows[ROW_OF_KIND.get(relative["kind"], 1)].append(node)
    for group in unnamed:
        # One node per group the list names ("2 brothers"), never one per event.
        rows[ROW_OF_RELATION.get(group["relation"], 1)].append(
            GraphNode(label=group["label"], relation=_("unnamed"), is_unnamed=True, where="inside")
        )
    if not any(rows):
        return None
    middle = rows[1]
    center_node = GraphNode(
        label=center_label,
        relation=_("this person"),
        public_id=center.public_id,
        where=where_of(center),
        is_held=center.pk in held_ids,
        is_center=True,
    )
    half = (len(middle) + 1) // 2
    rows[1] = middle[:half] + [center_node] + middle[half:]
    widest = max(len(row) for row in rows)
    width = MARGIN * 2 + widest * NODE_WIDTH + (widest - 1) * GAP_X
    used_rows = [index for index, row in enumerate(rows) if row]
    graph = FamilyGraph(width=width, height=0)
    for position, index in enumerate(used_rows):
        row = rows[index]
        row_width = len(row) * NODE_WIDTH + (len(row) - 1) * GAP_X
        start = (width - row_width) // 2
        for column, node in enumerate(row):
            node.x = start + column * (NODE_WIDTH + GAP_X)
            node.y = MARGIN + position * ROW_HEIGHT
            graph.nodes.append(node)
    graph.height = MARGIN * 2 + (len(used_rows) - 1) * ROW_HEIGHT + NODE_HEIGHT
    cx = center_node.x + NODE_WIDTH // 2
    for node in graph.nodes:
        if node is center_node:
            continue
        nx = node.x + NODE_WIDTH // 2
        if node.y < center_node.y:
            graph.edges.append(GraphEdge(nx, node.y + NODE_HEIGHT, cx, center_node.y))
        elif node.y > center_node.y:
            graph.edges.append(GraphEdge(nx, node.y, cx, center_node.y + NODE_HEIGHT))
        else:
            mid = center_node.y + NODE_HEIGHT // 2
            near = node.x + NODE_WIDTH if node.x < center_node.x else node.x
            far = center_node.x if node.x < center_node.x else center_node.x + NODE_WIDTH
            graph.edges.append(GraphEdge(near, mid, far, mid))
    return graph
