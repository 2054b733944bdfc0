"""Compare an instance with its re-encoding, as JSON values, modulo the documented
normalisations (README.md, "Round-trip conformance"):
- object key order is irrelevant;
- a property that a schema applying there marks readOnly may be missing from the
  re-encoding (a client never sends it);
- where the schemas applying say `number` and none says `integer`, numbers compare by value
  (5 and 5.0 are the same number); elsewhere an integer must come back as the same integer
  (5 must not come back as 5.0);
- `format: float` values compare after rounding the input to the nearest f32;
- `format: date-time` strings compare as instants (the runtime's DateTime is UTC: an offset
  comes back as `Z`, fractional seconds with 3, 6 or 9 digits);
- where no schema says what a value is (unknown properties, schemas without `type`), an
  integer past 64 bits may come back as the nearest double (serde_json::Value's range).
Nothing else: an unknown property of an open object must survive (the lossless choice).

"Applying there" is every subschema reachable at that place of the instance, through $ref,
allOf, anyOf and oneOf alike (so a normalisation allowed by one branch of a union is
allowed).

Each difference carries a kind, the root cause it points at, which known-failures.txt
groups by.
"""

from __future__ import annotations

import datetime
import struct
from dataclasses import dataclass
from collections.abc import Iterable
from typing import Any

Json = Any
Schema = dict[str, Any]


@dataclass(frozen=True)
class Difference:
    path: str  # JSON pointer into the instance
    kind: str  # root cause: unknown-properties, nullable, ...
    text: str

    def __str__(self) -> str:
        return f"{self.path or '(root)'}: {self.text}"

    def brief(self) -> str:
        """Without the instance's values: for known-failures.txt."""
        if self.kind == "unknown-properties":
            return f"{self.path or '(root)'}: unknown properties dropped"
        return str(self)


def short(value: Json, limit: int = 80) -> str:
    import json

    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Comparer:
    def __init__(self, schema: Schema, discriminators: set[str]) -> None:
        self.definitions: dict[str, Schema] = schema.get("definitions", {})
        self.root = schema
        self.discriminators = discriminators

    def diff(self, before: Json, after: Json) -> list[Difference]:
        out: list[Difference] = []
        self._walk(before, after, self._expand([self.root]), "", out)
        return out

    def _expand(self, schemas: Iterable[Json]) -> list[Schema]:
        """The schemas applying at one place: these and all they reach by $ref/allOf/anyOf/oneOf."""
        out: list[Schema] = []
        seen: set[int] = set()
        todo = [s for s in schemas if isinstance(s, dict)]
        while todo:
            s = todo.pop()
            if id(s) in seen:
                continue
            seen.add(id(s))
            out.append(s)
            ref = s.get("$ref")
            if isinstance(ref, str):
                target = self.definitions.get(ref.rsplit("/", 1)[-1])
                if isinstance(target, dict):
                    todo.append(target)
            for key in ("allOf", "anyOf", "oneOf"):
                todo.extend(x for x in s.get(key, []) if isinstance(x, dict))
        return out

    def _property(self, schemas: list[Schema], key: str) -> tuple[list[Schema], bool]:
        """The schemas applying to property `key`, and whether any schema names it."""
        found: list[Schema] = []
        named = False
        for s in schemas:
            props = s.get("properties")
            if isinstance(props, dict) and key in props:
                named = True
                found.append(props[key])
            elif isinstance(s.get("additionalProperties"), dict):
                named = True  # a typed map keeps it
                found.append(s["additionalProperties"])
        return self._expand(found), named

    def _walk(self, a: Json, b: Json, schemas: list[Schema], path: str, out: list[Difference]) -> None:
        if isinstance(a, dict) and isinstance(b, dict):
            for key, value in a.items():
                child, named = self._property(schemas, key)
                here = f"{path}/{escape(key)}"
                if key in b:
                    self._walk(value, b[key], child, here, out)
                elif any(s.get("readOnly") is True for s in child):
                    continue  # normalised: readOnly properties are not sent
                elif not named:
                    out.append(Difference(path, "unknown-properties", f"unknown property {short(key, 24)} dropped"))
                elif value is None:
                    out.append(Difference(here, "nullable", "null became absent"))
                else:
                    out.append(Difference(here, "dropped", f"missing from the re-encoding (was {short(value, 40)})"))
            for key, value in b.items():
                if key in a:
                    continue
                here = f"{path}/{escape(key)}"
                if value is None:
                    out.append(Difference(here, "nullable", "absent became null"))
                elif key in self.discriminators:
                    out.append(Difference(here, "discriminator", f"added {short(value, 40)}"))
                else:
                    out.append(Difference(here, "added", f"added {short(value, 40)}"))
            return
        if isinstance(a, list) and isinstance(b, list):
            if len(a) != len(b):
                out.append(Difference(path, "changed", f"{len(a)} items became {len(b)}"))
                return
            items = self._expand(s["items"] for s in schemas if isinstance(s.get("items"), dict))
            for i, (x, y) in enumerate(zip(a, b)):
                self._walk(x, y, items, f"{path}/{i}", out)
            return
        if is_number(a) and is_number(b):
            self._numbers(a, b, schemas, path, out)
            return
        if isinstance(a, str) and isinstance(b, str) and a != b and any(s.get("format") == "date-time" for s in schemas):
            if not same_instant(a, b):
                out.append(Difference(path, "date-time", f"{short(a)} became {short(b)}"))
            return
        if type(a) is not type(b) or a != b:
            kind = "nullable" if a is None or b is None else "changed"
            out.append(Difference(path, kind, f"{short(a)} became {short(b)}"))

    def _numbers(self, a: float, b: float, schemas: list[Schema], path: str, out: list[Difference]) -> None:
        types: set[str] = set()
        for s in schemas:
            ty = s.get("type")
            types.update([ty] if isinstance(ty, str) else ty if isinstance(ty, list) else [])
        if any(s.get("format") == "float" for s in schemas) and isinstance(b, float):
            same = to_f32(float(a)) == to_f32(b)  # single precision: the input as an f32
        elif not types and isinstance(a, int) and not INT64_MIN <= a <= UINT64_MAX and isinstance(b, float):
            # Any value (no schema says which): serde_json::Value holds an integer past 64
            # bits as the nearest double (its `arbitrary_precision` would break flattened
            # and untagged decoding). README "Known limitations".
            same = float(a) == b
        elif "number" in types and "integer" not in types:
            same = float(a) == float(b)  # a number: 5 and 5.0 alike
        else:
            same = type(a) is type(b) and a == b  # an integer stays one
        if same:
            return
        kind = "integer-format" if isinstance(a, int) and "integer" in types else "number"
        out.append(Difference(path, kind, f"{short(a)} became {short(b)}"))


INT64_MIN = -(2**63)
UINT64_MAX = 2**64 - 1


def escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def is_number(v: Json) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def to_f32(x: float) -> float:
    rounded: float = struct.unpack("f", struct.pack("f", x))[0]
    return rounded


def same_instant(a: str, b: str) -> bool:
    try:
        x = datetime.datetime.fromisoformat(a.replace("z", "Z"))
        y = datetime.datetime.fromisoformat(b.replace("z", "Z"))
    except ValueError:
        return False
    if x.tzinfo is None or y.tzinfo is None:
        return False
    return x == y
