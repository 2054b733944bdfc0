//! Schema → type lowering (typify-style): every schema becomes a [`Ty`]; objects, enums
//! and unions become named [`TypeDef`]s. Works on the raw document by JSON pointer, so
//! mixed constructs (`type: object` beside `allOf`) and inline names are handled alike.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::lower::Ctx;
use super::names::{pascal, snake, Namespace};
use super::reserved::{reserved, Scope};
use super::{EnumVariant, Field, TypeDef, TypeKind, UnionVariant};
use crate::load::escape_pointer;

/// A generated type: its index in [`Api::types`](super::Api::types), the type table (one
/// entry per generated type: name, docs, pointer). Names live only in the table, so a
/// rename or a collision is settled once there and every reference follows it; Rust
/// text naming it is produced only in `render/`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct TypeId(pub usize);

/// What resolves a [`TypeId`] to its type's name: the type table ([`Api::types`]), or a
/// list of names by id (`clientgen diff` compares two tables through one such list).
///
/// [`Api::types`]: super::Api::types
pub trait TypeNames {
    /// The generated type's name (`Pet`); `?` for an id the table does not hold.
    fn type_name(&self, id: TypeId) -> &str;
}

impl TypeNames for [TypeDef] {
    fn type_name(&self, id: TypeId) -> &str {
        self.get(id.0).map_or("?", |t| t.name.as_str())
    }
}

impl TypeNames for Vec<TypeDef> {
    fn type_name(&self, id: TypeId) -> &str {
        self.as_slice().type_name(id)
    }
}

impl TypeNames for [String] {
    fn type_name(&self, id: TypeId) -> &str {
        self.get(id.0).map_or("?", String::as_str)
    }
}

impl TypeNames for Vec<String> {
    fn type_name(&self, id: TypeId) -> &str {
        self.as_slice().type_name(id)
    }
}

/// A value's type: what a schema (or a body, or a part) lowers to. Rust text for it is
/// produced only in `render/` (`render::rust_type`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ty {
    /// A generated type in the `types` module, by id (templates see `{"named": id}`).
    #[serde(rename = "named")]
    Ref(TypeId),
    Scalar(Scalar),
    Vec(Box<Ty>),
    /// A JSON object with arbitrary keys (`additionalProperties`): a map from string keys.
    Map(Box<Ty>),
    Option(Box<Ty>),
    /// An optional, nullable property: `runtime::Nullable` (absent, `null`, or a value).
    Nullable(Box<Ty>),
    Box(Box<Ty>),
    /// A type the user maps a schema to (`x-rust-type`, set by a config's type mapping),
    /// as they wrote it: `rust_decimal::Decimal`.
    Path(String),
    /// Raw bytes (request or response bodies).
    Bytes,
    /// A multipart file part (`runtime::FilePart`).
    File,
    #[default]
    Unit,
}

/// The types a schema without a generated type of its own maps to, by `type` and `format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scalar {
    String,
    Bool,
    I8,
    I16,
    I32,
    I64,
    I128,
    U8,
    U16,
    U32,
    U64,
    F32,
    F64,
    /// `type: number` whose values must come back exactly (an exact decimal).
    Number,
    /// `format: uuid`.
    Uuid,
    /// `format: date-time`.
    DateTime,
    /// `format: date`.
    Date,
    /// Any JSON value (no type, or one the client cannot say more about).
    Any,
}

pub const VALUE: Ty = Ty::Scalar(Scalar::Any);
pub const STRING: Ty = Ty::Scalar(Scalar::String);

impl Scalar {
    /// Whether it is an integer type.
    pub fn is_integer(self) -> bool {
        matches!(
            self,
            Scalar::I8
                | Scalar::I16
                | Scalar::I32
                | Scalar::I64
                | Scalar::I128
                | Scalar::U8
                | Scalar::U16
                | Scalar::U32
                | Scalar::U64
        )
    }

    /// The range of values an integer type holds.
    fn bounds(self) -> (i128, i128) {
        match self {
            Scalar::I8 => (i8::MIN.into(), i8::MAX.into()),
            Scalar::I16 => (i16::MIN.into(), i16::MAX.into()),
            Scalar::I32 => (i32::MIN.into(), i32::MAX.into()),
            Scalar::I64 => (i64::MIN.into(), i64::MAX.into()),
            Scalar::U8 => (0, u8::MAX.into()),
            Scalar::U16 => (0, u16::MAX.into()),
            Scalar::U32 => (0, u32::MAX.into()),
            Scalar::U64 => (0, u64::MAX.into()),
            _ => (i128::MIN, i128::MAX),
        }
    }
}

impl Ty {
    pub fn option(self) -> Ty {
        match self {
            Ty::Option(_) => self,
            other => Ty::Option(Box::new(other)),
        }
    }

    pub fn is_option(&self) -> bool {
        matches!(self, Ty::Option(_))
    }

    /// Implements `Default` without looking at generated types.
    pub fn has_default(&self) -> bool {
        match self {
            Ty::Ref(_) | Ty::Box(_) | Ty::Path(_) => false,
            Ty::Scalar(s) => !matches!(s, Scalar::Date | Scalar::Number),
            Ty::File => false,
            _ => true,
        }
    }

    /// Implements `Display` (for path, header and multipart text values).
    pub fn is_display(&self) -> bool {
        matches!(self, Ty::Scalar(s) if *s != Scalar::Any)
            || matches!(self, Ty::Ref(_) | Ty::Path(_))
    }

    /// Short human description (for docs): `string`, `array of UserDto`…
    pub fn describe(&self, names: &(impl TypeNames + ?Sized)) -> String {
        match self {
            Ty::Ref(id) => names.type_name(*id).to_string(),
            Ty::Scalar(s) => match s {
                Scalar::String => "string".into(),
                Scalar::Bool => "boolean".into(),
                s if s.is_integer() => "integer".into(),
                Scalar::F32 | Scalar::F64 | Scalar::Number => "number".into(),
                Scalar::Uuid => "uuid".into(),
                Scalar::DateTime => "date-time".into(),
                Scalar::Date => "date".into(),
                _ => "any".into(),
            },
            Ty::Vec(t) => format!("array of {}", t.describe(names)),
            Ty::Map(t) => format!("map of {}", t.describe(names)),
            Ty::Option(t) | Ty::Nullable(t) | Ty::Box(t) => t.describe(names),
            Ty::Path(p) => p.clone(),
            Ty::Bytes | Ty::File => "binary".into(),
            Ty::Unit => "none".into(),
        }
    }

    /// Every generated type this type names, for renumbering the type table.
    /// The type table ids this type names (through `Vec`, `Map`, `Option`… too).
    pub fn ids(&self, f: &mut impl FnMut(TypeId)) {
        match self {
            Ty::Ref(id) => f(*id),
            Ty::Vec(t) | Ty::Map(t) | Ty::Option(t) | Ty::Nullable(t) | Ty::Box(t) => t.ids(f),
            Ty::Scalar(_) | Ty::Path(_) | Ty::Bytes | Ty::File | Ty::Unit => {}
        }
    }

    pub fn ids_mut(&mut self, f: &mut impl FnMut(&mut TypeId)) {
        match self {
            Ty::Ref(id) => f(id),
            Ty::Vec(t) | Ty::Map(t) | Ty::Option(t) | Ty::Nullable(t) | Ty::Box(t) => t.ids_mut(f),
            Ty::Scalar(_) | Ty::Path(_) | Ty::Bytes | Ty::File | Ty::Unit => {}
        }
    }

    /// Generated types this type mentions without indirection (Vec/Map/Box break cycles).
    fn direct_names(&self, out: &mut Vec<TypeId>) {
        match self {
            Ty::Ref(id) => out.push(*id),
            Ty::Option(t) | Ty::Nullable(t) => t.direct_names(out),
            _ => {}
        }
    }

    /// Wrap the first direct `Named` in a Box (keeping an outer Option).
    fn boxed(self) -> Ty {
        match self {
            Ty::Option(t) => Ty::Option(Box::new(t.boxed())),
            Ty::Nullable(t) => Ty::Nullable(Box::new(t.boxed())),
            n @ Ty::Ref(_) => Ty::Box(Box::new(n)),
            other => other,
        }
    }
}

/// What an absent schema node reads as.
pub(crate) static EMPTY: std::sync::LazyLock<Map<String, Value>> =
    std::sync::LazyLock::new(Map::new);

impl<'a> Ctx<'a> {
    /// The object at `ptr`, borrowed from the document (not from `self`, which lowering
    /// mutates meanwhile): cloning it instead copied every subtree once per level above it.
    fn node(&self, ptr: &str) -> Option<&'a Map<String, Value>> {
        let doc: &'a crate::load::Document = self.doc;
        crate::load::pointer_get(&doc.raw, ptr).and_then(Value::as_object)
    }

    /// The type for the schema at `ptr`; inline objects/enums/unions are named from `hint`.
    /// Returns the type and whether the schema allows null.
    pub fn schema_ty(&mut self, ptr: &str, hint: &str) -> (Ty, bool) {
        let Some(node) = self.node(ptr) else {
            // Booleans (`true`) and missing schemas mean "anything".
            return (VALUE, false);
        };
        if let Some(target) = node.get("$ref").and_then(Value::as_str) {
            // 3.0 ignores a `$ref`'s siblings, but `nullable: true` beside one says what the
            // author meant (`allOf: [$ref]` + `nullable` is the portable spelling): take it.
            let nullable_sibling = node.get("nullable") == Some(&Value::Bool(true));
            if let Some(id) = self.component_name(target) {
                return (Ty::Ref(id), nullable_sibling);
            }
            let target_ptr = target.trim_start_matches('#').to_string();
            let last = target_ptr
                .rsplit('/')
                .next()
                .unwrap_or(hint)
                .replace("~1", "/")
                .replace("~0", "~");
            if self.depth > 64 {
                return (VALUE, false);
            }
            self.depth += 1;
            let (ty, nullable) = self.schema_ty(&target_ptr, &pascal(&last));
            self.depth -= 1;
            return (ty, nullable || nullable_sibling);
        }
        let nullable = node
            .get("nullable")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        if let Some(user) = self.user_type(ptr, node) {
            return (user, nullable);
        }
        // `allOf: [$ref]` wrappers (a common way to attach nullable/description to a ref).
        for key in ["allOf", "oneOf", "anyOf"] {
            if let Some(Value::Array(items)) = node.get(key) {
                if items.len() == 1
                    && !node.contains_key("properties")
                    && !has_other_composition(node, key)
                {
                    let (t, n) = self.schema_ty(&format!("{ptr}/{key}/0"), hint);
                    return (t, n || nullable);
                }
            }
        }
        if let Some(t) = self.inline.get(ptr) {
            return (t.clone(), nullable);
        }
        let ty = match self.classify(node) {
            Shape::Named => {
                let given = text(node, crate::extensions::RUST_TYPE_NAME);
                let id = self.table.add(given.as_deref(), hint);
                self.inline.insert(ptr.to_string(), Ty::Ref(id));
                self.define(ptr, id);
                Ty::Ref(id)
            }
            Shape::Plain => self.plain_ty(ptr, node, hint),
        };
        let enum_null = node
            .get("enum")
            .and_then(Value::as_array)
            .is_some_and(|v| v.iter().any(Value::is_null));
        (ty, nullable || enum_null)
    }

    fn classify(&self, node: &Map<String, Value>) -> Shape {
        let ty = node.get("type").and_then(Value::as_str);
        if node.get("enum").is_some_and(Value::is_array) {
            return match enum_kind_of(node) {
                Some(_) => Shape::Named,
                None => Shape::Plain,
            };
        }
        if ["allOf", "oneOf", "anyOf"].iter().any(|k| {
            node.get(*k)
                .and_then(Value::as_array)
                .is_some_and(|a| !a.is_empty())
        }) {
            return Shape::Named;
        }
        let has_props = node
            .get("properties")
            .and_then(Value::as_object)
            .is_some_and(|p| !p.is_empty());
        let closed_empty = node.get("additionalProperties") == Some(&Value::Bool(false));
        if (ty.is_none() || ty == Some("object")) && (has_props || closed_empty) {
            return Shape::Named;
        }
        Shape::Plain
    }

    /// Primitive, array and map schemas: no generated type of their own.
    fn plain_ty(&mut self, ptr: &str, node: &Map<String, Value>, hint: &str) -> Ty {
        let format = node.get("format").and_then(Value::as_str).unwrap_or("");
        match node.get("type").and_then(Value::as_str) {
            Some("string") => match format {
                "date-time" => Ty::Scalar(Scalar::DateTime),
                "date" => Ty::Scalar(Scalar::Date),
                "uuid" => Ty::Scalar(Scalar::Uuid),
                _ => STRING,
            },
            Some("integer") => Ty::Scalar(integer_type(node)),
            Some("number")
                if node.get(crate::load::convert::EXACT_NUMBER) == Some(&Value::Bool(true)) =>
            {
                Ty::Scalar(Scalar::Number)
            }
            Some("number") => match format {
                "float" => Ty::Scalar(Scalar::F32),
                _ => Ty::Scalar(Scalar::F64),
            },
            Some("boolean") => Ty::Scalar(Scalar::Bool),
            Some("array") => {
                if node.contains_key("items") {
                    let (t, n) = self.schema_ty(&format!("{ptr}/items"), &format!("{hint}Item"));
                    Ty::Vec(Box::new(if n { t.option() } else { t }))
                } else {
                    Ty::Vec(Box::new(VALUE))
                }
            }
            Some("object") | None
                if node.contains_key("additionalProperties") || node.get("type").is_some() =>
            {
                match node.get("additionalProperties") {
                    Some(Value::Object(_)) => {
                        let (t, n) = self.schema_ty(
                            &format!("{ptr}/additionalProperties"),
                            &format!("{hint}Value"),
                        );
                        Ty::Map(Box::new(if n { t.option() } else { t }))
                    }
                    _ => Ty::Map(Box::new(VALUE)),
                }
            }
            Some(other) if other != "object" => {
                self.warn(
                    &format!("{ptr}/type"),
                    format!("unknown type `{other}`: generated as serde_json::Value"),
                );
                VALUE
            }
            _ => VALUE,
        }
    }

    /// Define the type table's entry `id` from the schema at `ptr`.
    pub fn define(&mut self, ptr: &str, id: TypeId) {
        let name = self.table.type_name(id).to_string();
        let name = name.as_str();
        let node = self.node(ptr).unwrap_or(&EMPTY);
        let description = text(node, "description").or_else(|| text(node, "title"));
        let deprecated = node
            .get("deprecated")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let kind = if let Some(ty) = self.user_type(ptr, node) {
            // Mapped to the user's type: `pub type Name = their::Type;`.
            TypeKind::Alias { ty, merged: false }
        } else if let (Some(Value::Array(values)), Some(ints)) =
            (node.get("enum"), enum_kind_of(node))
        {
            self.enum_kind(ptr, node, values, ints)
        } else if let Some(Value::Array(parts)) = node
            .get("oneOf")
            .or_else(|| node.get("anyOf"))
            .filter(|v| v.as_array().is_some_and(|a| !a.is_empty()))
        {
            let key = if node.contains_key("oneOf") {
                "oneOf"
            } else {
                "anyOf"
            };
            self.union_kind(ptr, node, key, parts.len(), name)
        } else if matches!(self.classify(node), Shape::Named) {
            self.struct_kind(ptr, node, name)
        } else {
            let ty = self.plain_ty(ptr, node, name);
            TypeKind::Alias { ty, merged: false }
        };
        self.table.define(
            id,
            TypeDef {
                name: name.to_string(),
                origin: format!("#{ptr}"),
                description,
                deprecated,
                kind,
                derives: Vec::new(),
                attributes: Vec::new(),
            },
        );
    }

    fn enum_kind(
        &mut self,
        ptr: &str,
        node: &Map<String, Value>,
        values: &[Value],
        is_int: bool,
    ) -> TypeKind {
        let mut ns = Namespace::default();
        if let Some(ty) = node
            .get("type")
            .and_then(Value::as_str)
            .filter(|t| !is_int && matches!(*t, "integer" | "number" | "boolean"))
        {
            self.warn(
                ptr,
                format!(
                    "`type: {ty}` with string values in `enum`: the values decide, a string enum"
                ),
            );
        }
        let names = node.get("x-enum-varnames").and_then(Value::as_array);
        let descriptions = node.get("x-enum-descriptions").and_then(Value::as_array);
        let mut variants = Vec::new();
        let mut seen = BTreeSet::new();
        for (i, v) in values.iter().enumerate() {
            if v.is_null() {
                continue;
            }
            let value = match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            if !seen.insert(value.clone()) {
                continue; // duplicate value in the spec
            }
            let given = names.and_then(|n| n.get(i)).and_then(Value::as_str);
            let raw_name = match (given, is_int) {
                (Some(n), _) => pascal(n),
                (None, true) => format!("Value{}", value.replace('-', "Minus")),
                (None, false) if value.is_empty() => "Empty".to_string(),
                (None, false) => pascal(&value),
            };
            variants.push(EnumVariant {
                ident: ns.claim(&raw_name),
                value,
                description: descriptions
                    .and_then(|d| d.get(i))
                    .and_then(Value::as_str)
                    .map(str::to_string),
            });
        }
        let other = ns.claim("Other");
        if is_int {
            let repr = int_enum_repr(integer_type(node), values);
            TypeKind::IntEnum {
                variants,
                other,
                repr,
            }
        } else {
            TypeKind::StringEnum { variants, other }
        }
    }

    fn union_kind(
        &mut self,
        ptr: &str,
        node: &Map<String, Value>,
        key: &str,
        count: usize,
        name: &str,
    ) -> TypeKind {
        let disc = node.get("discriminator").and_then(Value::as_object);
        let prop = disc
            .and_then(|d| d.get("propertyName"))
            .and_then(Value::as_str)
            .map(str::to_string);
        // Target → its tag values, in the mapping's order. A target is a `$ref` or a bare
        // component schema name (`Circle` is `#/components/schemas/Circle`).
        let mut mapping: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (key, target) in disc
            .and_then(|d| d.get("mapping"))
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let Some(target) = target.as_str() else {
                continue;
            };
            let target = if target.contains('/') || target.contains('#') {
                target.to_string()
            } else {
                format!("#/components/schemas/{}", escape_pointer(target))
            };
            mapping.entry(target).or_default().push(key.clone());
        }
        let mut ns = Namespace::default();
        let mut variants = Vec::new();
        let mut all_tagged = true;
        for i in 0..count {
            let item_ptr = format!("{ptr}/{key}/{i}");
            let reference = self
                .node(&item_ptr)
                .and_then(|n| n.get("$ref"))
                .and_then(Value::as_str)
                .map(str::to_string);
            // The variant's tag: the first mapping key naming its `$ref` (the others are
            // `aliases`, decoded too), else the referenced schema's name (the implicit
            // mapping); for an inline variant, the one value its tag property allows
            // (`enum: [car]`), in it or in one of its `allOf` parts.
            let mut aliases = Vec::new();
            let tag = match (&prop, &reference) {
                (None, _) => None,
                (Some(_), Some(r)) => match mapping.get(r).map(Vec::as_slice) {
                    Some([first, rest @ ..]) => {
                        aliases = rest.to_vec();
                        Some(first.clone())
                    }
                    _ => Some(r.rsplit('/').next().unwrap_or_default().to_string()),
                },
                (Some(p), None) => self.inline_tag(&item_ptr, p, 0),
            };
            if let (Some(p), Some(first), false) = (&prop, &tag, aliases.is_empty()) {
                self.warn(
                    &format!("{ptr}/discriminator/mapping"),
                    format!(
                        "discriminator `{p}`: several mapping values ({}) name one schema: \
                         each decodes as it, and it is encoded with the first, `{first}`",
                        std::iter::once(first)
                            .chain(&aliases)
                            .map(|t| format!("`{t}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
            let hint = match (&reference, &tag) {
                (None, Some(t)) => format!("{name}{}", pascal(t)),
                _ => format!("{name}Variant{i}"),
            };
            let (ty, nullable) = self.schema_ty(&item_ptr, &hint);
            let ty = if nullable { ty.option() } else { ty };
            let stem = match (&reference, &tag, &ty) {
                (Some(r), _, _) => pascal(r.rsplit('/').next().unwrap_or("Variant")),
                (None, Some(t), _) => pascal(t),
                (None, None, Ty::Ref(id)) => self.table.type_name(*id).to_string(),
                (None, None, t) => pascal(&t.describe(&self.table)),
            };
            all_tagged &= tag.is_some();
            // Generated payloads are boxed: variants of very different sizes would make every
            // value as large as the largest (clippy::large_enum_variant).
            let ty = if matches!(ty, Ty::Ref(_)) && count > 1 {
                Ty::Box(Box::new(ty))
            } else {
                ty
            };
            let untag = match &prop {
                Some(p) if tag.is_some() => self.keeps_undeclared(&item_ptr, p),
                _ => false,
            };
            variants.push(UnionVariant {
                ident: ns.claim(&stem),
                tag,
                aliases,
                untag,
                ty,
            });
        }
        let discriminator = if all_tagged { prop.clone() } else { None };
        if discriminator.is_none() {
            for v in &mut variants {
                v.untag = false;
            }
        }
        if discriminator.is_none() {
            if let Some(p) = &prop {
                self.warn(
                    &format!("{ptr}/discriminator"),
                    format!(
                        "discriminator `{p}`: a variant has no tag value (an inline schema \
                         whose `{p}` allows not exactly one value): decoded by trying each \
                         variant in turn"
                    ),
                );
            }
            for v in &mut variants {
                v.tag = None;
                v.aliases.clear();
            }
        }
        let other = ns.claim("Other");
        TypeKind::Union {
            variants,
            discriminator,
            other,
            display: false,
        }
    }

    /// Whether the schema at `ptr` is a struct that keeps the properties it does not name
    /// and does not name `prop`: decoded as a union variant, the tag would land among them.
    fn keeps_undeclared(&mut self, ptr: &str, prop: &str) -> bool {
        let (ptr, Some(node)) = self.deref(ptr) else {
            return false;
        };
        let composed = ["enum", "oneOf", "anyOf"]
            .iter()
            .any(|k| node.contains_key(*k));
        if composed || !matches!(self.classify(node), Shape::Named) {
            return false;
        }
        let (mut props, mut required, mut additional, mut closed) =
            (Vec::new(), BTreeSet::new(), None, false);
        self.collect_props(
            &ptr,
            node,
            &mut props,
            &mut required,
            &mut additional,
            &mut closed,
            &mut BTreeSet::new(),
        );
        !closed && !props.iter().any(|(name, _)| name == prop)
    }

    /// The one string value the tag property `prop` allows in the inline schema at `ptr`
    /// (`enum: [car]`), looking into its `allOf` parts too.
    fn inline_tag(&self, ptr: &str, prop: &str, depth: usize) -> Option<String> {
        if depth > 16 {
            return None;
        }
        let (ptr, node) = self.deref(ptr);
        let node = node?;
        let own = node
            .get("properties")
            .and_then(|p| p.get(prop))
            .and_then(Value::as_object)
            .and_then(|p| p.get("enum"))
            .and_then(Value::as_array)
            .filter(|values| values.len() == 1)
            .and_then(|values| values.first())
            .and_then(Value::as_str)
            .map(str::to_string);
        own.or_else(|| {
            let parts = node.get("allOf").and_then(Value::as_array)?.len();
            (0..parts).find_map(|i| self.inline_tag(&format!("{ptr}/allOf/{i}"), prop, depth + 1))
        })
    }

    /// Objects and allOf compositions: one struct with every property merged.
    fn struct_kind(&mut self, ptr: &str, node: &Map<String, Value>, name: &str) -> TypeKind {
        let mut props: Vec<(String, String)> = Vec::new(); // (property name, pointer)
        let mut required = BTreeSet::new();
        let mut additional: Option<String> = None;
        let mut closed = false;
        self.collect_props(
            ptr,
            node,
            &mut props,
            &mut required,
            &mut additional,
            &mut closed,
            &mut BTreeSet::new(),
        );
        let mut ns = Namespace::with_reserved(&reserved(Scope::StructField));
        let mut fields = Vec::new();
        for (prop, prop_ptr) in props {
            let field_hint = format!("{name}{}", pascal(&prop));
            let (ty, nullable) = self.schema_ty(&prop_ptr, &field_hint);
            let pnode = self.node(&prop_ptr).unwrap_or(&EMPTY);
            let req = required.contains(&prop);
            // Any JSON value includes `null`: when the property may be absent, absent and
            // `null` stay apart (a required one holds `null` as `Value::Null`).
            let nullable = nullable || (ty == VALUE && !req);
            let schema_desc = ty.describe(&self.table);
            // One type serves requests and responses: a required read-only property is
            // absent from requests (never sent, the caller need not invent it), a required
            // write-only one from responses, so both are optional here.
            let read_only = flag(pnode, "readOnly");
            let write_only = flag(pnode, "writeOnly");
            let present_both_ways = req && !read_only && !write_only;
            // Absent, `null` and a value are three states when the property may be left
            // out and may be null (PATCH "clear this field"); otherwise `Option` says it.
            let tri_state = nullable && !present_both_ways;
            let ty = if tri_state {
                Ty::Nullable(Box::new(ty))
            } else if present_both_ways && !nullable {
                ty
            } else {
                ty.option()
            };
            let mut description = text(pnode, "description");
            if let Some(default) = pnode.get("default") {
                let d = format!("Default: `{}`", default.to_string().replace('`', "'"));
                description = Some(match description {
                    Some(t) => format!("{t}\n\n{d}"),
                    None => d,
                });
            }
            let given = text(pnode, crate::extensions::RUST_NAME);
            fields.push(Field {
                ident: ns.claim(&snake(given.as_deref().unwrap_or(&prop))),
                name: prop,
                description,
                required: req,
                nullable,
                deprecated: flag(pnode, "deprecated"),
                read_only,
                write_only,
                skip_none: !present_both_ways && ty.is_option(),
                skip_absent: tri_state,
                constructor_arg: present_both_ways,
                ty,
                schema_desc,
            });
        }
        // What the schema does not name is kept, so a value read and sent back loses
        // nothing (PATCH/PUT): typed when `additionalProperties` gives a schema, any JSON
        // value when the object is open, no map when it is closed.
        let additional = match (additional, closed) {
            (_, true) => None,
            (Some(p), false) => {
                let (t, n) = self.schema_ty(&p, &format!("{name}Value"));
                Some(if n { t.option() } else { t })
            }
            (None, false) => Some(VALUE),
        };
        TypeKind::Struct {
            fields,
            additional,
            derive_default: false,
            has_new: false,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn collect_props(
        &mut self,
        ptr: &str,
        node: &Map<String, Value>,
        props: &mut Vec<(String, String)>,
        required: &mut BTreeSet<String>,
        additional: &mut Option<String>,
        closed: &mut bool,
        seen: &mut BTreeSet<String>,
    ) {
        // Each part is merged once: `allOf` that names itself (or a diamond of parts)
        // must not be walked again, which would take exponential time.
        if seen.len() > 1024 || !seen.insert(ptr.to_string()) {
            return;
        }
        if let Some(Value::Array(parts)) = node.get("allOf") {
            for i in 0..parts.len() {
                let (part_ptr, part) = self.deref(&format!("{ptr}/allOf/{i}"));
                if let Some(part) = part {
                    self.collect_props(&part_ptr, part, props, required, additional, closed, seen);
                }
            }
        }
        if let Some(Value::Object(p)) = node.get("properties") {
            for k in p.keys() {
                let pp = format!("{ptr}/properties/{}", escape_pointer(k));
                if let Some(slot) = props.iter_mut().find(|(n, _)| n == k) {
                    slot.1 = pp; // overlapping allOf property: the later definition wins
                } else {
                    props.push((k.clone(), pp));
                }
            }
        }
        if let Some(Value::Array(r)) = node.get("required") {
            required.extend(r.iter().filter_map(Value::as_str).map(str::to_string));
        }
        match node.get("additionalProperties") {
            Some(Value::Object(_)) => *additional = Some(format!("{ptr}/additionalProperties")),
            Some(Value::Bool(false)) => *closed = true,
            _ => {}
        }
    }

    /// The user's type a schema maps to (`x-rust-type`, from the spec, an overlay or a
    /// config), when it has one that is a Rust type; one that is not is an error at it.
    fn user_type(&mut self, ptr: &str, node: &Map<String, Value>) -> Option<Ty> {
        let text = node.get(crate::extensions::RUST_TYPE)?;
        match text.as_str().map(|t| (t, syn::parse_str::<syn::Type>(t))) {
            Some((t, Ok(_))) => Some(Ty::Path(t.to_string())),
            _ => {
                self.error(
                    &format!("{ptr}/{}", crate::extensions::RUST_TYPE),
                    format!(
                        "`{}: {text}` is not a Rust type (`rust_decimal::Decimal`, `crate::ids::UserId`)",
                        crate::extensions::RUST_TYPE
                    ),
                );
                Some(super::types::VALUE)
            }
        }
    }

    /// Follow `$ref`s from `ptr` to a schema node.
    pub fn deref(&self, ptr: &str) -> (String, Option<&'a Map<String, Value>>) {
        let mut cur = ptr.to_string();
        for _ in 0..64 {
            let Some(node) = self.node(&cur) else {
                return (cur, None);
            };
            match node.get("$ref").and_then(Value::as_str) {
                Some(r) => cur = r.trim_start_matches('#').to_string(),
                None => return (cur, Some(node)),
            }
        }
        (cur, None)
    }

    /// `#/components/schemas/X` → the type registered for X.
    fn component_name(&self, target: &str) -> Option<TypeId> {
        let name = target.strip_prefix("#/components/schemas/")?;
        if name.contains('/') {
            return None;
        }
        self.components
            .get(&name.replace("~1", "/").replace("~0", "~"))
            .copied()
    }
}

/// The Rust type of an integer schema: its `format` (`int8`…`int64`, `uint8`…`uint64`), else
/// `u64` when its bounds go past `i64` (`maximum: 18446744073709551615`), else `i64`.
fn integer_type(node: &Map<String, Value>) -> Scalar {
    match node.get("format").and_then(Value::as_str).unwrap_or("") {
        "int8" => Scalar::I8,
        "int16" => Scalar::I16,
        "int32" => Scalar::I32,
        "int64" => Scalar::I64,
        "uint8" => Scalar::U8,
        "uint16" => Scalar::U16,
        "uint32" => Scalar::U32,
        "uint64" | "uint" => Scalar::U64,
        _ => {
            let beyond_i64 = ["maximum", "minimum", "default"]
                .iter()
                .filter_map(|k| node.get(*k))
                .any(|v| v.is_u64() && !v.is_i64());
            let signed = ["minimum"]
                .iter()
                .filter_map(|k| node.get(*k))
                .any(|v| v.as_i64().is_some_and(|n| n < 0));
            if beyond_i64 && !signed {
                Scalar::U64
            } else {
                Scalar::I64
            }
        }
    }
}

/// The integer type for an enum's values: `preferred` when every value fits it, else the
/// narrowest of `i64`, `u64`, `i128` that holds them all (never dropping a value).
fn int_enum_repr(preferred: Scalar, values: &[Value]) -> Scalar {
    let numbers: Vec<i128> = values
        .iter()
        .filter_map(|v| v.as_i64().map(i128::from).or(v.as_u64().map(i128::from)))
        .collect();
    let fits = |ty: Scalar| {
        let (lo, hi) = ty.bounds();
        numbers.iter().all(|n| (lo..=hi).contains(n))
    };
    [preferred, Scalar::I64, Scalar::U64]
        .into_iter()
        .find(|ty| fits(*ty))
        .unwrap_or(Scalar::I128)
}

/// Whether an `enum` makes an enum type, and which: `Some(false)` for a string enum (every
/// value a string, whatever `type` says: the values decide), `Some(true)` for an integer
/// enum (`type: integer`, every value an integer: `i64`, `u64` or beyond), `None` otherwise (no
/// values, or values of mixed or other kinds: the schema's plain type). String values under
/// `type: integer`, `number` or `boolean` are warned about where the enum is defined; under
/// `type: array` they stay the string enum they always made, without a warning.
fn enum_kind_of(node: &Map<String, Value>) -> Option<bool> {
    let values: Vec<&Value> = node
        .get("enum")?
        .as_array()?
        .iter()
        .filter(|v| !v.is_null())
        .collect();
    if values.is_empty() {
        return None;
    }
    if values.iter().all(|v| v.is_string()) {
        return Some(false);
    }
    let integer = node.get("type").and_then(Value::as_str) == Some("integer");
    (integer && values.iter().all(|v| v.is_i64() || v.is_u64())).then_some(true)
}

enum Shape {
    /// Gets a generated type of its own.
    Named,
    Plain,
}

fn has_other_composition(node: &Map<String, Value>, key: &str) -> bool {
    ["allOf", "oneOf", "anyOf"]
        .iter()
        .any(|k| *k != key && node.contains_key(*k))
}

pub fn text(node: &Map<String, Value>, key: &str) -> Option<String> {
    node.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn flag(node: &Map<String, Value>, key: &str) -> bool {
    node.get(key).and_then(Value::as_bool).unwrap_or(false)
}

/// Whether values of a type implement `Display`: scalars, enums, and untagged unions (and
/// aliases) of those. Path parameters need it; `serde_json::Value` does not count, since
/// its `Display` is JSON text, quotes included. Types on a cycle count as not displayable
/// (consistently for every member), and results are remembered, so shared subtypes are
/// looked at once. Reads the finished table (ids are indices of `types`).
pub struct Displayable<'a> {
    types: &'a [TypeDef],
    memo: BTreeMap<TypeId, bool>,
    in_progress: BTreeSet<TypeId>,
}

impl<'a> Displayable<'a> {
    pub fn new(types: &'a [TypeDef]) -> Self {
        Displayable {
            types,
            memo: BTreeMap::new(),
            in_progress: BTreeSet::new(),
        }
    }

    pub fn check(&mut self, ty: &Ty) -> bool {
        match ty {
            Ty::Scalar(s) => *s != Scalar::Any,
            Ty::Box(t) => self.check(t),
            Ty::Ref(id) => self.named(*id),
            _ => false,
        }
    }

    pub fn named(&mut self, id: TypeId) -> bool {
        if let Some(known) = self.memo.get(&id) {
            return *known;
        }
        if !self.in_progress.insert(id) {
            return false;
        }
        let ok = match self.types.get(id.0).map(|t| &t.kind) {
            Some(TypeKind::StringEnum { .. } | TypeKind::IntEnum { .. }) => true,
            Some(TypeKind::Union {
                variants,
                discriminator: None,
                ..
            }) => variants.iter().all(|v| self.check(&v.ty)),
            Some(TypeKind::Alias { ty, .. }) => self.check(ty),
            _ => false,
        };
        self.in_progress.remove(&id);
        self.memo.insert(id, ok);
        ok
    }
}

/// Box the fields that make a type contain itself by value (ids are indices of `types`).
pub fn box_recursive(types: &mut [TypeDef]) {
    let mut edges: Vec<Vec<TypeId>> = Vec::with_capacity(types.len());
    for t in types.iter() {
        let mut out = Vec::new();
        match &t.kind {
            TypeKind::Struct { fields, .. } => {
                fields.iter().for_each(|f| f.ty.direct_names(&mut out))
            }
            TypeKind::Union { variants, .. } => {
                variants.iter().for_each(|v| v.ty.direct_names(&mut out))
            }
            TypeKind::Alias { ty, .. } => ty.direct_names(&mut out),
            _ => {}
        }
        edges.push(out);
    }
    let reaches = |from: TypeId, to: TypeId| -> bool {
        let mut stack = vec![from];
        let mut seen = BTreeSet::new();
        while let Some(n) = stack.pop() {
            if n == to {
                return true;
            }
            if seen.insert(n) {
                stack.extend(edges.get(n.0).cloned().unwrap_or_default());
            }
        }
        false
    };
    for (i, t) in types.iter_mut().enumerate() {
        let me = TypeId(i);
        let fix = |ty: &mut Ty| {
            let mut names = Vec::new();
            ty.direct_names(&mut names);
            if names.iter().any(|n| reaches(*n, me)) {
                *ty = std::mem::take(ty).boxed();
            }
        };
        match &mut t.kind {
            TypeKind::Struct { fields, .. } => fields.iter_mut().for_each(|f| fix(&mut f.ty)),
            TypeKind::Union { variants, .. } => variants.iter_mut().for_each(|v| fix(&mut v.ty)),
            _ => {}
        }
    }
}
