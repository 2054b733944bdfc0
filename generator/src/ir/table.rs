//! The type table: one entry per generated type, by [`TypeId`]. Lowering adds an entry
//! when it meets a schema that gets a type of its own, and references it by id from then
//! on. The entry's name is settled here, once: the name the schema is given
//! (`x-rust-type-name`, which a config's `[schemas.X] rename` sets) or the one derived
//! from where it sits, made a valid identifier and unique among the types (and the names
//! the types module uses unqualified). Claimed in the order entries are added, so names
//! are deterministic.

use super::names::{pascal, Namespace};
use super::reserved::{reserved, Scope};
use super::types::{TypeId, TypeNames};
use super::TypeDef;

pub struct TypeTable {
    ns: Namespace,
    names: Vec<String>,
    defs: Vec<Option<TypeDef>>,
}

impl Default for TypeTable {
    fn default() -> Self {
        TypeTable {
            ns: Namespace::with_reserved(&reserved(Scope::Types)),
            names: Vec::new(),
            defs: Vec::new(),
        }
    }
}

impl TypeTable {
    /// A new entry named `given` (a rename) or else `derived`, PascalCased and unique.
    pub fn add(&mut self, given: Option<&str>, derived: &str) -> TypeId {
        let name = self.ns.claim(&pascal(given.unwrap_or(derived)));
        self.names.push(name);
        self.defs.push(None);
        TypeId(self.names.len() - 1)
    }

    /// The entry's definition (lowered after the id was handed out, so that references
    /// to it, recursive ones included, resolve while it is lowered).
    pub fn define(&mut self, id: TypeId, def: TypeDef) {
        if let Some(slot) = self.defs.get_mut(id.0) {
            *slot = Some(def);
        }
    }

    /// The entry's definition, once lowered.
    pub fn def(&self, id: TypeId) -> Option<&TypeDef> {
        self.defs.get(id.0)?.as_ref()
    }

    /// The definitions in name order, and where each id went (`renumber[old] = new`):
    /// types are emitted by name, since document order would make an unrelated edit
    /// reorder the output.
    pub fn finish(self) -> (Vec<TypeDef>, Vec<TypeId>) {
        let mut defs: Vec<(usize, TypeDef)> = self
            .defs
            .into_iter()
            .enumerate()
            .filter_map(|(i, d)| Some((i, d?)))
            .collect();
        defs.sort_by(|a, b| a.1.name.cmp(&b.1.name));
        // An id without a definition (none today) would resolve to nothing: `?`.
        let mut renumber = vec![TypeId(usize::MAX); self.names.len()];
        for (new, (old, _)) in defs.iter().enumerate() {
            if let Some(slot) = renumber.get_mut(*old) {
                *slot = TypeId(new);
            }
        }
        (defs.into_iter().map(|(_, d)| d).collect(), renumber)
    }
}

impl TypeNames for TypeTable {
    fn type_name(&self, id: TypeId) -> &str {
        self.names.get(id.0).map_or("?", String::as_str)
    }
}
