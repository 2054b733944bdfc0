"""OpenAPI 3.0 Schema Objects -> JSON Schema (draft 7): the one place where the conformance
harness says what an OpenAPI schema means. The instance generator (hypothesis-jsonschema)
draws instances from the result and the validator (python-jsonschema) checks re-encodings
against it, so both read the spec the same way.

The rules (README.md, "Round-trip conformance", lists them too):
- `$ref` to anywhere in the document: the target is translated into `definitions` and the
  reference points there. Siblings of `$ref` are ignored, as OpenAPI 3.0 says.
- `nullable: true` allows null: "null" joins `type` (or, with no `type`, the schema becomes
  `anyOf: [null, schema]`), and null joins `enum`. This is the reading the generator takes
  (`Option<T>`), also for `nullable` beside `allOf: [$ref]`.
- No `type` but `properties` or `additionalProperties`: `type: object`, as the generator
  assumes (without it any JSON value would be valid, and no struct decodes a string).
- Integer formats are ranges: int8/16/32/64 and uint8/16/32/64; an integer with no format
  (or another one) is an int64, the generator's documented mapping. `format: float` is the
  range of an f32. `exclusiveMinimum: true` (OpenAPI's boolean form) becomes draft 7's number.
- String formats kept (checked by the validator, produced by the generator): date-time,
  date, uuid: the three the generator gives Rust types. Other formats are dropped (the
  generator types those strings as `String`, which keeps any value).
- `pattern`s that Python's `re` cannot compile are dropped (they only constrain a `String`).
- readOnly / writeOnly: OpenAPI applies `required` to one direction only (readOnly ones to
  responses, writeOnly ones to requests), so such properties are taken out of `required`.
  The keywords stay, as annotations: the comparison lets a re-encoding drop readOnly ones.
- `discriminator` on `oneOf`/`anyOf`: each `$ref` branch also requires the property, with
  one of the values that map to it (the `mapping` keys naming it, else its schema name).
  A discriminator without `oneOf`/`anyOf` (allOf inheritance) adds nothing.
- Annotations and OpenAPI-only keywords (`example`, `xml`, `externalDocs`, `default`,
  `deprecated`, `x-*`, ...) are dropped; `format` stays on numbers as an annotation.

`Translator.schema_for(pointer)` gives the validating schema (recursive references kept,
`definitions` holding every referenced schema); `generation_schema` inlines the references
for the instance generator, which cannot follow recursive ones: a schema that refers back
to itself is unrolled `RECURSION_DEPTH` levels deep, below which it is `false` (so an
optional recursive property is left out there, and a required one makes the schema
impossible, which the harness reports as a skip).
"""

from __future__ import annotations

import copy
import re
from typing import Any

Json = Any
Schema = dict[str, Any]

INT_RANGES: dict[str, tuple[int, int]] = {
    "int8": (-(2**7), 2**7 - 1),
    "int16": (-(2**15), 2**15 - 1),
    "int32": (-(2**31), 2**31 - 1),
    "int64": (-(2**63), 2**63 - 1),
    "uint8": (0, 2**8 - 1),
    "uint16": (0, 2**16 - 1),
    "uint32": (0, 2**32 - 1),
    "uint64": (0, 2**64 - 1),
}
# The largest f32 as the shortest text that reads back as it (what an f32 encodes to): a
# little above f32::MAX as an f64, and every f64 up to it rounds to a finite f32.
FLOAT32_MAX = 3.4028235e38
STRING_FORMATS = {"date-time", "date", "uuid"}
TYPES = {"null", "boolean", "object", "array", "number", "string", "integer"}
RECURSION_DEPTH = 2
# References nested deeper than this are generated minimal (`generation_schema`): what
# they name is tested at its own pointer, and generating large nested values is slow.
NESTING_DEPTH = 1
SMALL = 12
# Generation schemas larger than this (JSON nodes, once references are inlined) are
# skipped: hypothesis-jsonschema's canonicalisation is too slow on them.
MAX_GENERATION_NODES = 50_000
FALSE: Schema = {"not": {}}

# Kept as they are (after their subschemas are translated).
VALIDATION_KEYS = (
    "multipleOf",
    "maxLength",
    "minLength",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxProperties",
    "minProperties",
    "readOnly",
    "writeOnly",
)


class TooLarge(Exception):
    """A schema too large for the instance generator once its references are inlined."""


def unescape(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


def escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def resolve_pointer(document: Json, pointer: str) -> Json:
    """The value at a JSON pointer (`#/a/b` or `/a/b`), or None."""
    node = document
    for raw in pointer.lstrip("#").split("/")[1:]:
        segment = unescape(raw)
        if isinstance(node, dict) and segment in node:
            node = node[segment]
        elif isinstance(node, list) and segment.isdigit() and int(segment) < len(node):
            node = node[int(segment)]
        else:
            return None
    return node


class Translator:
    """Translates the schemas of one (OpenAPI 3.0) document; remembers what it saw."""

    def __init__(self, document: Json) -> None:
        self.document = document
        # Names of discriminator, readOnly and writeOnly properties anywhere translated:
        # the harness uses them to name the root cause of a decode error.
        self.discriminators: set[str] = set()
        self.read_write_only: set[str] = set()
        self.notes: set[str] = set()

    # -- the validating schema -------------------------------------------------------------

    def schema_for(self, pointer: str) -> Schema:
        """The schema at `pointer` as a self-contained draft 7 schema."""
        self._definitions: dict[str, Schema] = {}
        self._keys: dict[str, str] = {}
        root = self._translate(resolve_pointer(self.document, pointer), pointer)
        out: Schema = {"$schema": "http://json-schema.org/draft-07/schema#"}
        out.update(root)
        if self._definitions:
            out["definitions"] = self._definitions
        return out

    def _ref(self, target: str) -> Schema:
        """`$ref` to a definition holding the translation of the schema at `target`."""
        target = target if target.startswith("#") else "#" + target
        key = self._keys.get(target)
        if key is None:
            base = re.sub(r"[^A-Za-z0-9_.-]", "_", unescape(target.rsplit("/", 1)[-1])) or "d"
            key = base
            while key in self._definitions:
                key = f"{base}_{len(self._definitions)}"
            self._keys[target] = key
            self._definitions[key] = {}  # placeholder: references back to it resolve
            self._definitions[key] = self._translate(resolve_pointer(self.document, target), target)
        return {"$ref": f"#/definitions/{key}"}

    def _translate(self, node: Json, pointer: str) -> Schema:
        if node is None or node is True:
            return {}
        if node is False:
            return dict(FALSE)
        if not isinstance(node, dict):
            self.notes.add(f"{pointer}: not a schema object, taken as any value")
            return {}
        if isinstance(node.get("$ref"), str):
            # readOnly/writeOnly beside a $ref are honoured, as the generator does.
            marks = {k: node[k] for k in ("readOnly", "writeOnly") if node.get(k) is True}
            return {**self._ref(node["$ref"]), **marks}
        out: Schema = {}
        ty = node.get("type")
        if ty is None and ("properties" in node or "additionalProperties" in node):
            ty = "object"
        if ty is not None and ty not in TYPES:
            self.notes.add(f"{pointer}: unknown type {ty!r} dropped")
            ty = None
        if ty is not None:
            out["type"] = ty
        for key in VALIDATION_KEYS:
            if key in node:
                out[key] = node[key]
        if "enum" in node and isinstance(node["enum"], list):
            out["enum"] = list(node["enum"])
        self._numbers(node, ty, out)
        self._strings(node, pointer, out)
        if isinstance(node.get("properties"), dict):
            out["properties"] = {
                name: self._translate(sub, f"{pointer}/properties/{escape(name)}")
                for name, sub in node["properties"].items()
            }
        if isinstance(node.get("required"), list):
            required = [r for r in node["required"] if isinstance(r, str)]
            kept = [r for r in required if not self._read_or_write_only(node, r, pointer)]
            if kept:
                out["required"] = kept
        additional = node.get("additionalProperties")
        if isinstance(additional, bool):
            out["additionalProperties"] = additional
        elif isinstance(additional, dict):
            out["additionalProperties"] = self._translate(
                additional, f"{pointer}/additionalProperties"
            )
        if "items" in node:
            out["items"] = self._translate(node["items"], f"{pointer}/items")
        if "not" in node:
            out["not"] = self._translate(node["not"], f"{pointer}/not")
        for key in ("allOf", "oneOf", "anyOf"):
            if isinstance(node.get(key), list) and node[key]:
                out[key] = [
                    self._translate(sub, f"{pointer}/{key}/{i}") for i, sub in enumerate(node[key])
                ]
        self._discriminator(node, pointer, out)
        if node.get("nullable") is True:
            out = nullable(out)
        return out

    def _numbers(self, node: Schema, ty: Any, out: Schema) -> None:
        """Bounds (OpenAPI 3.0's boolean exclusive forms made draft 7's), and format ranges."""
        for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
            value = node.get(bound)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                out[exclusive if node.get(exclusive) is True else bound] = value
        fmt = node.get("format")
        if ty == "integer":
            low, high = INT_RANGES.get(fmt if isinstance(fmt, str) else "", INT_RANGES["int64"])
            out["minimum"] = max(low, out.get("minimum", low))
            out["maximum"] = min(high, out.get("maximum", high))
            if isinstance(fmt, str):
                out["format"] = fmt
        elif ty == "number" and fmt in ("float", "double"):
            out["format"] = fmt
            if fmt == "float":
                out["minimum"] = max(-FLOAT32_MAX, out.get("minimum", -FLOAT32_MAX))
                out["maximum"] = min(FLOAT32_MAX, out.get("maximum", FLOAT32_MAX))

    def _strings(self, node: Schema, pointer: str, out: Schema) -> None:
        if node.get("format") in STRING_FORMATS and node.get("type") in (None, "string"):
            out["format"] = node["format"]
        pattern = node.get("pattern")
        if isinstance(pattern, str):
            try:
                re.compile(pattern)
                out["pattern"] = pattern
            except re.error:
                self.notes.add(f"{pointer}: pattern {pattern!r} is not a Python regex: dropped")

    def _read_or_write_only(self, node: Schema, name: str, pointer: str) -> bool:
        """Whether property `name` of `node` (or of its allOf parts) is readOnly/writeOnly."""
        for prop in self._property_schemas(node, name, 0):
            if prop.get("readOnly") is True or prop.get("writeOnly") is True:
                self.read_write_only.add(name)
                return True
        return False

    def _property_schemas(self, node: Json, name: str, depth: int) -> list[Schema]:
        """The schemas that property `name` has in `node` and its allOf parts ($refs followed)."""
        node = self._deref(node)
        if not isinstance(node, dict) or depth > 16:
            return []
        found: list[Schema] = []
        prop = (node.get("properties") or {}).get(name) if isinstance(node.get("properties"), dict) else None
        if isinstance(prop, dict):
            found.append(prop)
            target = self._deref(prop)
            if target is not prop and isinstance(target, dict):
                found.append(target)
        for part in node.get("allOf") or []:
            found.extend(self._property_schemas(part, name, depth + 1))
        return found

    def _deref(self, node: Json) -> Json:
        for _ in range(32):
            if isinstance(node, dict) and isinstance(node.get("$ref"), str):
                node = resolve_pointer(self.document, node["$ref"])
            else:
                return node
        return None

    def _discriminator(self, node: Schema, pointer: str, out: Schema) -> None:
        disc = node.get("discriminator")
        if not isinstance(disc, dict) or not isinstance(disc.get("propertyName"), str):
            return
        prop = disc["propertyName"]
        self.discriminators.add(prop)
        mapping: dict[str, Any] = disc["mapping"] if isinstance(disc.get("mapping"), dict) else {}
        for key in ("oneOf", "anyOf"):
            branches = node.get(key)
            if not isinstance(branches, list):
                continue
            for i, branch in enumerate(branches):
                ref = branch.get("$ref") if isinstance(branch, dict) else None
                if not isinstance(ref, str):
                    continue
                tags = [
                    tag
                    for tag, target in mapping.items()
                    if isinstance(target, str) and full_ref(target) == ref
                ] or [unescape(ref.rsplit("/", 1)[-1])]
                out[key][i] = {
                    "allOf": [
                        out[key][i],
                        {"properties": {prop: {"enum": tags}}, "required": [prop]},
                    ]
                }

    def tag_values(self, pointer: str) -> list[str]:
        """The tag values the discriminator at `pointer` gives its `$ref` variants, as
        `_discriminator` reads them: the mapping's keys naming each, else its schema name."""
        node = resolve_pointer(self.document, pointer)
        disc = node.get("discriminator") if isinstance(node, dict) else None
        if not isinstance(disc, dict):
            return []
        mapping = disc["mapping"] if isinstance(disc.get("mapping"), dict) else {}
        values: list[str] = []
        for key in ("oneOf", "anyOf"):
            for branch in node.get(key) or []:
                ref = branch.get("$ref") if isinstance(branch, dict) else None
                if isinstance(ref, str):
                    values.extend(
                        [tag for tag, target in mapping.items() if isinstance(target, str) and full_ref(target) == ref]
                        or [unescape(ref.rsplit("/", 1)[-1])]
                    )
        return values

    # -- the generation schema -------------------------------------------------------------

    @staticmethod
    def generation_schema(schema: Schema) -> Schema:
        """`schema` with every `$ref` inlined, recursion cut `RECURSION_DEPTH` levels deep.
        Raises `TooLarge` past `MAX_GENERATION_NODES` schema nodes."""
        definitions: dict[str, Schema] = schema.get("definitions", {})
        budget = [MAX_GENERATION_NODES]

        def size(node: Json, limit: int, seen: tuple[str, ...] = ()) -> int:
            """The number of schema nodes in `node` with references followed, up to `limit`."""
            if isinstance(node, list):
                return sum(size(x, limit, seen) for x in node)
            if not isinstance(node, dict):
                return 0
            ref = node.get("$ref")
            if isinstance(ref, str):
                key = ref.rsplit("/", 1)[-1]
                return limit if key in seen else size(definitions.get(key), limit, seen + (key,))
            total = 1
            for k, v in node.items():
                if k not in ("enum", "required", "type") and total < limit:
                    total += size(v, limit, seen)
            return min(total, limit)

        def minimal(schema: Schema) -> Schema:
            """A narrower schema whose instances are instances of `schema`, for places nested
            deep enough that the schema is tested at its own pointer anyway: an object keeps
            its required properties and its small optional ones (enums, scalars); a nullable
            value is null."""
            branches = schema.get("anyOf")
            if isinstance(branches, list) and {"type": "null"} in branches:
                return {"type": "null"}
            ty = schema.get("type")
            if isinstance(ty, list) and "null" in ty:
                return {"type": "null"}
            properties = schema.get("properties")
            if not isinstance(properties, dict):
                return schema
            required = set(schema.get("required", []))
            return {
                **schema,
                "properties": {
                    name: sub if name in required or size(sub, SMALL) < SMALL else dict(FALSE)
                    for name, sub in properties.items()
                },
            }

        def inline(node: Json, stack: tuple[str, ...], narrow: bool) -> Json:
            budget[0] -= 1
            if budget[0] < 0:
                raise TooLarge(f"more than {MAX_GENERATION_NODES} schema nodes once references are inlined")
            if isinstance(node, list):
                return [inline(x, stack, narrow) for x in node]
            if not isinstance(node, dict):
                return node
            ref = node.get("$ref")
            if isinstance(ref, str):
                key = ref.rsplit("/", 1)[-1]
                if stack.count(key) >= RECURSION_DEPTH:
                    return dict(FALSE)
                target = definitions.get(key, {})
                if narrow and len(stack) >= NESTING_DEPTH:
                    target = minimal(target)
                return inline(target, stack + (key,), narrow)
            return {
                k: (v if k in ("enum", "required", "type") else inline(v, stack, narrows(node, k, narrow)))
                for k, v in node.items()
                if k != "definitions"
            }

        generated: Schema = bounded(inline(copy.deepcopy(schema), (), True), False, True)
        return generated


def narrows(node: Schema, key: str, narrow: bool) -> bool:
    """Whether the generation schema may be narrower than `node[key]`. Not under `not`
    (narrower there is wider), nor under a `oneOf` whose branches may overlap: an instance
    that a narrowed branch no longer matches could match exactly one branch, valid for the
    generation schema and not for the real one. A oneOf the discriminator made exclusive
    (`Translator._discriminator`: each branch requires its own tag values) is safe."""
    if key == "not":
        return False
    if key == "oneOf":
        return narrow and exclusive(node["oneOf"])
    return narrow


def exclusive(branches: Json) -> bool:
    """Whether the oneOf `branches` each require a property to hold disjoint values."""
    if not isinstance(branches, list):
        return False
    names: set[str] = set()
    seen: list[Json] = []
    for branch in branches:
        parts = branch.get("allOf") if isinstance(branch, dict) else None
        tag = parts[-1] if isinstance(parts, list) and parts else None
        if not isinstance(tag, dict) or len(tag.get("required", [])) != 1:
            return False
        name = tag["required"][0]
        values = tag.get("properties", {}).get(name, {}).get("enum")
        if not isinstance(values, list) or any(v in seen for v in values):
            return False
        names.add(name)
        seen.extend(values)
    return len(names) == 1


# What the instance generator puts where a schema allows any value (and as the values of
# properties an open object's schema does not name): scalars, and small arrays and objects
# of them, integers within 64 bits. Arbitrary JSON is slow to generate, and an integer past
# 64 bits fits no Rust integer nor serde_json::Value without `arbitrary_precision`.
SCALAR: Schema = {
    "anyOf": [
        {"type": ["null", "boolean", "number", "string"]},
        {"type": "integer", "minimum": INT_RANGES["int64"][0], "maximum": INT_RANGES["uint64"][1]},
    ]
}
ANY: Schema = {
    "anyOf": [
        SCALAR,
        {"type": "array", "items": SCALAR, "maxItems": 3},
        {"type": "object", "additionalProperties": SCALAR, "maxProperties": 3},
    ]
}
MAX_ITEMS = 4


def bounded(node: Json, in_all_of: bool, narrow: bool) -> Json:
    """A generation schema kept small, and pointed at edges: integers at their range's ends
    half the time and, where it may be narrower than the real schema (`narrows`), arrays of
    at most `MAX_ITEMS` items (unless `minItems` wants more), `ANY` for any value, `SCALAR`
    values for an open object's other properties (not in an allOf part or beside one, where
    the other parts' properties count as additional)."""
    if not isinstance(node, dict):
        return node
    if narrow and (not node or set(node) <= {"readOnly", "writeOnly", "$schema"}):
        return {**node, **copy.deepcopy(ANY)}
    out = dict(node)
    ty = out.get("type")
    types: list[Any] = ty if isinstance(ty, list) else [ty]
    if "integer" in types and not any(k in out for k in ("enum", "multipleOf", "exclusiveMinimum", "exclusiveMaximum")):
        # Half the integers are their range's ends: where integer formats go wrong.
        ends = [out.get("minimum"), out.get("maximum")]
        return {"anyOf": [{"enum": [e for e in ends if e is not None]}, out]} if None not in ends else out
    composed = any(k in out for k in ("allOf", "anyOf", "oneOf"))
    if narrow and "array" in types and "maxItems" not in out:
        out["maxItems"] = max(MAX_ITEMS, out.get("minItems", 0))
    if narrow and "object" in types and not (in_all_of or composed) and out.get("additionalProperties", True) is True:
        out["additionalProperties"] = copy.deepcopy(SCALAR)
    for key in ("items", "additionalProperties"):
        if isinstance(out.get(key), dict):
            out[key] = bounded(out[key], False, narrow)
    if isinstance(out.get("properties"), dict):
        out["properties"] = {k: bounded(v, False, narrow) for k, v in out["properties"].items()}
    for key in ("anyOf", "oneOf", "allOf"):
        if isinstance(out.get(key), list):
            out[key] = [bounded(v, key == "allOf", narrows(out, key, narrow)) for v in out[key]]
    return out


def full_ref(target: str) -> str:
    """A discriminator mapping value as a reference: a bare name means a component schema."""
    return target if "#" in target or "/" in target else f"#/components/schemas/{target}"


def nullable(schema: Schema) -> Schema:
    """`schema` that also allows null."""
    ty = schema.get("type")
    if "enum" in schema and None not in schema["enum"]:
        schema["enum"] = [*schema["enum"], None]
    composed = any(k in schema for k in ("allOf", "oneOf", "anyOf", "not"))
    if isinstance(ty, str) and not composed:
        schema["type"] = [ty, "null"] if ty != "null" else "null"
        return schema
    if isinstance(ty, list) and not composed:
        schema["type"] = ty if "null" in ty else [*ty, "null"]
        return schema
    annotations: Schema = {k: schema.pop(k) for k in ("readOnly", "writeOnly", "$schema") if k in schema}
    return {**annotations, "anyOf": [{"type": "null"}, schema]}
