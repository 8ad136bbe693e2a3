//! The team's CouchDB server over its HTTP API, with the browser's fetch: requests with the
//! person's user name and password (HTTP basic authentication, no cookie), JSON in and out,
//! and the connection check of Settings, Team, which tells each way a server can refuse
//! (`domain::team_connection`). The sync itself builds on `request`.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, Request, RequestCredentials, RequestInit, RequestMode, Response};

use crate::domain::cipher::DataKey;
use crate::domain::team_connection::ConnectionProblem;
use crate::domain::team_doc::{self, Shared, CHECK_ID};
use crate::platform::{crypto, history};

/// One team database on one server, as one account.
pub struct Couch {
    server: String,
    database: String,
    authorization: String,
}

/// What a first connection found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Connected {
    /// The team's documents open with this phone's key.
    KeyHolds,
    /// The database held nothing of the team's yet: this phone wrote the key check.
    FirstPhone,
}

impl Couch {
    /// The database `database` on `server` (a checked address), as `user` with `password`.
    pub fn new(server: &str, database: &str, user: &str, password: &str) -> Couch {
        Couch {
            server: server.trim_end_matches('/').to_owned(),
            database: database.to_owned(),
            authorization: format!("Basic {}", STANDARD.encode(format!("{user}:{password}"))),
        }
    }

    /// `path` in the team's database (`""` for the database itself).
    pub fn in_database(&self, path: &str) -> String {
        let database = js_sys::encode_uri_component(&self.database);
        match path {
            "" => format!("{}/{database}", self.server),
            path => format!("{}/{database}/{path}", self.server),
        }
    }

    /// `method` on `url` with `body`: the status and the JSON answer (`Null` when it is not
    /// JSON). A request that gets no answer at all is told apart: unreachable, or refused by
    /// the server's CORS.
    pub async fn request(
        &self,
        method: &str,
        url: &str,
        body: Option<&Value>,
    ) -> Result<(u16, Value), ConnectionProblem> {
        let headers = Headers::new().map_err(|_| ConnectionProblem::Unreachable)?;
        let _ = headers.set("Authorization", &self.authorization);
        let _ = headers.set("Accept", "application/json");
        let init = RequestInit::new();
        init.set_method(method);
        init.set_mode(RequestMode::Cors);
        init.set_credentials(RequestCredentials::Omit);
        if let Some(body) = body {
            let _ = headers.set("Content-Type", "application/json");
            init.set_body(&JsValue::from_str(&body.to_string()));
        }
        init.set_headers(&headers);
        let Ok(response) = fetch(url, &init).await else {
            return Err(self.why_unanswered().await);
        };
        let status = response.status();
        let text = match response.text() {
            Ok(promise) => JsFuture::from(promise)
                .await
                .ok()
                .and_then(|t| t.as_string())
                .unwrap_or_default(),
            Err(_) => String::new(),
        };
        Ok((status, serde_json::from_str(&text).unwrap_or(Value::Null)))
    }

    /// Why a request got no answer: the server answers a request the browser does not let the
    /// page read (no CORS), so it is there and refuses this app's address; or nothing answers.
    /// (A page served cross-origin isolated, with COEP, could not tell them apart: the app is not.)
    async fn why_unanswered(&self) -> ConnectionProblem {
        let init = RequestInit::new();
        init.set_method("GET");
        init.set_mode(RequestMode::NoCors);
        init.set_credentials(RequestCredentials::Omit);
        match fetch(&format!("{}/", self.server), &init).await {
            Ok(_) => ConnectionProblem::CorsRefused {
                app_origin: history::origin(),
            },
            Err(_) => ConnectionProblem::Unreachable,
        }
    }

    /// Checks that this account can use the team's database and that `key` is the team's:
    /// the first phone to connect writes the key check every other phone then opens.
    pub async fn connect(&self, key: &DataKey) -> Result<Connected, ConnectionProblem> {
        self.check(key, true).await
    }

    /// [`Couch::connect`] that never writes the key check (the live sync: the page of Team
    /// tells the first phone it is the first).
    pub async fn check_key(&self, key: &DataKey) -> Result<Connected, ConnectionProblem> {
        self.check(key, false).await
    }

    async fn check(&self, key: &DataKey, may_write: bool) -> Result<Connected, ConnectionProblem> {
        let (status, session) = self
            .request("GET", &format!("{}/_session", self.server), None)
            .await?;
        let name = session["userCtx"]["name"].as_str();
        if let Some(problem) = ConnectionProblem::of_session(status, name, reason(&session)) {
            return Err(problem);
        }
        let (status, answer) = self.request("GET", &self.in_database(""), None).await?;
        if let Some(problem) = ConnectionProblem::of_database(status, reason(&answer)) {
            return Err(problem);
        }
        let check_url = self.in_database(CHECK_ID);
        let (status, check) = self.request("GET", &check_url, None).await?;
        match status {
            200 => holds(key, &check),
            404 if !may_write => Err(ConnectionProblem::NoKeyCheck),
            404 => {
                let nonce = crypto::random().map_err(|_| ConnectionProblem::Unreachable)?;
                let doc = team_doc::seal(key, CHECK_ID, &Shared::check(), nonce);
                let (status, answer) = self.request("PUT", &check_url, Some(&doc)).await?;
                match status {
                    200..=299 => Ok(Connected::FirstPhone),
                    // Another phone wrote it a moment before: it must open with this key too.
                    409 => {
                        let (_, check) = self.request("GET", &check_url, None).await?;
                        holds(key, &check)
                    }
                    _ => Err(ConnectionProblem::of_database(status, reason(&answer))
                        .unwrap_or(ConnectionProblem::NotAMember)),
                }
            }
            _ => Err(ConnectionProblem::of_database(status, reason(&check))
                .unwrap_or(ConnectionProblem::NoDatabase)),
        }
    }
}

fn holds(key: &DataKey, check: &Value) -> Result<Connected, ConnectionProblem> {
    match team_doc::holds_the_key(key, check) {
        Ok(true) => Ok(Connected::KeyHolds),
        _ => Err(ConnectionProblem::WrongKey),
    }
}

/// The reason CouchDB gives with an error, if any.
fn reason(answer: &Value) -> &str {
    answer["reason"].as_str().unwrap_or_default()
}

async fn fetch(url: &str, init: &RequestInit) -> Result<Response, JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let request = Request::new_with_str_and_init(url, init)?;
    JsFuture::from(window.fetch_with_request(&request))
        .await?
        .dyn_into::<Response>()
}
