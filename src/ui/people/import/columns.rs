//! The columns of a spreadsheet being brought in, each with a few of its values and the field
//! it fills, guessed from its header and changed with one choice.

use std::rc::Rc;

use leptos::prelude::*;

use crate::domain::people_import::columns::Field;
use crate::domain::people_import::spreadsheet::Sheet;

#[component]
pub fn ColumnChoices(sheet: Rc<Sheet>, fields: RwSignal<Vec<Field>>) -> impl IntoView {
    let columns = fields.with_untracked(Vec::len);
    let choices = (0..columns)
        .map(|column| {
            let header = sheet
                .headers
                .get(column)
                .filter(|h| !h.is_empty())
                .cloned()
                .unwrap_or_else(|| format!("Column {}", column + 1));
            let sample = sheet.sample(column).join(", ");
            let id = format!("import-column-{column}");
            let hint_id = format!("{id}-sample");
            let choose = move |event: leptos::ev::Event| {
                let picked = event_target_value(&event);
                let field = Field::ALL
                    .into_iter()
                    .find(|f| f.label() == picked)
                    .unwrap_or(Field::Skip);
                fields.update(|fields| fields[column] = field);
            };
            view! {
                <div class="field import-column">
                    <label for=id.clone()>{header}</label>
                    <select id=id aria-describedby=hint_id.clone() on:change=choose>
                        {Field::ALL.map(|field| view! {
                            <option value=field.label()
                                prop:selected=move || fields.with(|f| f.get(column) == Some(&field))>
                                {field.label()}
                            </option>
                        }).collect_view()}
                    </select>
                    <p id=hint_id class="muted import-sample">
                        {if sample.is_empty() { "(empty)".to_owned() } else { sample }}
                    </p>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="import-columns">
            <legend>"What each column holds"</legend>
            <p class="muted">
                "Guessed from the headers. Change any that are wrong; a column left out is not brought in."
            </p>
            {choices}
        </fieldset>
    }
}
