//! The OpenAPI 3 description of the JSON API, served at `/api/openapi.json`.
//!
//! Hand-written, so it says what the handlers promise in words a client
//! author can use; a test checks it is valid JSON and names every route.

/// The document.
pub(crate) const OPENAPI_JSON: &str = r##"{
  "openapi": "3.0.3",
  "info": {
    "title": "vopis",
    "version": "0.1.0",
    "description": "Full-text search over an archive's incoming paperwork (Belarusian, Russian, English). Read-only unless the server was started with --inbox and --token-file."
  },
  "paths": {
    "/api/search": {
      "get": {
        "summary": "Search the index",
        "description": "Lucene-style query (words in any of the three languages, \"phrases\", +required, -excluded, AND/OR/NOT, parentheses, field filters lang:, type:, date:[a TO b], year:, country:, sender:, recipient:, number:). Filter parameters may repeat: values of one filter are OR-ed, different filters AND-ed with the query.",
        "parameters": [
          {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 1000}, "description": "The query; empty matches every document."},
          {"name": "lang", "in": "query", "schema": {"type": "array", "items": {"type": "string", "example": "be"}}, "style": "form", "explode": true},
          {"name": "type", "in": "query", "schema": {"type": "array", "items": {"type": "string", "enum": ["letter", "agreement", "report", "article", "other"]}}, "style": "form", "explode": true},
          {"name": "year", "in": "query", "schema": {"type": "array", "items": {"type": "string", "pattern": "^[0-9]{4}$"}}, "style": "form", "explode": true},
          {"name": "country", "in": "query", "schema": {"type": "array", "items": {"type": "string", "pattern": "^[A-Za-z]{2}$"}}, "style": "form", "explode": true},
          {"name": "sender", "in": "query", "schema": {"type": "array", "items": {"type": "string", "maxLength": 200}}, "style": "form", "explode": true},
          {"name": "from", "in": "query", "schema": {"type": "string", "example": "2019-01-01"}, "description": "Earliest date: YYYY, YYYY-MM or YYYY-MM-DD."},
          {"name": "to", "in": "query", "schema": {"type": "string", "example": "2019-12-31"}},
          {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["relevance", "date", "date_asc"], "default": "relevance"}},
          {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 100, "default": 10}},
          {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 10000, "default": 0}}
        ],
        "responses": {
          "200": {"description": "A page of hits and facet counts of the whole result set.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResults"}}}},
          "400": {"description": "Malformed query (with the character position) or a bad parameter.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "503": {"description": "There is no index yet.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        }
      }
    },
    "/api/documents/{id}": {
      "get": {
        "summary": "One document: the extract record, its paths and thread links",
        "parameters": [{"$ref": "#/components/parameters/Id"}],
        "responses": {
          "200": {"description": "The extract object of the JSON contract plus paths, answers and replies.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Document"}}}},
          "404": {"description": "No such document.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        }
      }
    },
    "/api/documents/{id}/original": {
      "get": {
        "summary": "The original file's bytes",
        "description": "Served only from a path the index recorded for this id, and only if the file there still has this content hash. Sent as an attachment with the content type of its format.",
        "parameters": [{"$ref": "#/components/parameters/Id"}],
        "responses": {
          "200": {"description": "The bytes.", "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
          "404": {"description": "No such document, or no file with its bytes is left."}
        }
      }
    },
    "/api/documents": {
      "post": {
        "summary": "Upload files into the inbox for the worker",
        "security": [{"bearer": []}],
        "requestBody": {"required": true, "content": {"multipart/form-data": {"schema": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}}}},
        "responses": {
          "201": {"description": "Saved, under a sanitised unique name.", "content": {"application/json": {"schema": {"type": "object", "properties": {"files": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}, "size": {"type": "integer"}, "id": {"type": "string"}}}}}}}}},
          "400": {"description": "Not a multipart body, or no file part."},
          "403": {"description": "Uploads are not configured, or the bearer token is missing or wrong."},
          "413": {"description": "Larger than 64 MiB."}
        }
      }
    },
    "/api/stats": {
      "get": {
        "summary": "Documents by language, type and year, and the failures",
        "responses": {"200": {"description": "The object of `vopis stats --json`.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Stats"}}}}}
      }
    },
    "/healthz": {
      "get": {
        "summary": "Liveness, and whether the index can be read",
        "responses": {"200": {"description": "{\"status\": \"ok\", \"index\": \"ready\"|\"unavailable\", …}", "content": {"application/json": {"schema": {"type": "object"}}}}}
      }
    },
    "/api/openapi.json": {
      "get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3 JSON."}}}
    }
  },
  "components": {
    "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
    "parameters": {
      "Id": {"name": "id", "in": "path", "required": true, "description": "The content hash (hex), or a unique start of it (at least 6 digits).", "schema": {"type": "string", "pattern": "^[0-9a-fA-F]{6,64}$"}}
    },
    "schemas": {
      "Error": {"type": "object", "properties": {"error": {"type": "object", "properties": {"kind": {"type": "string"}, "message": {"type": "string"}, "position": {"type": "integer", "description": "Character offset in q, for a malformed query."}}}}},
      "Count": {"type": "object", "properties": {"value": {"type": "string"}, "count": {"type": "integer"}}},
      "Hit": {"type": "object", "properties": {
        "id": {"type": "string"}, "path": {"type": "string"}, "paths": {"type": "array", "items": {"type": "string"}},
        "title": {"type": "string", "nullable": true}, "date": {"type": "string", "nullable": true},
        "language": {"type": "string"}, "doc_type": {"type": "string"},
        "sender": {"type": "string", "nullable": true}, "recipient": {"type": "string", "nullable": true},
        "score": {"type": "number"},
        "snippet": {"type": "string", "description": "HTML: the text escaped, each match in <mark>."},
        "snippet_text": {"type": "string"},
        "highlights": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}, "description": "Byte ranges of snippet_text that matched."}
      }},
      "SearchResults": {"type": "object", "properties": {
        "query": {"type": "string"}, "index_query": {"type": "string"}, "total": {"type": "integer"},
        "offset": {"type": "integer"}, "limit": {"type": "integer"},
        "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
        "facets": {"type": "object", "properties": {
          "language": {"type": "array", "items": {"$ref": "#/components/schemas/Count"}},
          "doc_type": {"type": "array", "items": {"$ref": "#/components/schemas/Count"}},
          "year": {"type": "array", "items": {"$ref": "#/components/schemas/Count"}},
          "country": {"type": "array", "items": {"$ref": "#/components/schemas/Count"}},
          "sender": {"type": "array", "items": {"$ref": "#/components/schemas/Count"}}
        }}
      }},
      "ThreadLink": {"type": "object", "properties": {"id": {"type": "string"}, "title": {"type": "string", "nullable": true}, "date": {"type": "string", "nullable": true}, "number": {"type": "string", "nullable": true}, "path": {"type": "string"}}},
      "Document": {"type": "object", "description": "Every key of the extract object (see the JSON contract), plus:", "properties": {
        "id": {"type": "string"}, "text": {"type": "string"},
        "paths": {"type": "array", "items": {"type": "string"}},
        "answers": {"type": "array", "items": {"$ref": "#/components/schemas/ThreadLink"}},
        "replies": {"type": "array", "items": {"$ref": "#/components/schemas/ThreadLink"}}
      }},
      "Stats": {"type": "object", "properties": {
        "documents": {"type": "integer"}, "failed": {"type": "integer"},
        "by_language": {"type": "object", "additionalProperties": {"type": "integer"}},
        "by_type": {"type": "object", "additionalProperties": {"type": "integer"}},
        "by_year": {"type": "object", "additionalProperties": {"type": "integer"}},
        "failures": {"type": "array", "items": {"type": "object", "properties": {"path": {"type": "string"}, "kind": {"type": "string"}, "message": {"type": "string"}}}}
      }}
    }
  }
}"##;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_json_and_names_every_route() {
        let doc: serde_json::Value = serde_json::from_str(OPENAPI_JSON).unwrap();
        let paths = doc["paths"].as_object().unwrap();
        for route in [
            "/api/search",
            "/api/documents/{id}",
            "/api/documents/{id}/original",
            "/api/documents",
            "/api/stats",
            "/healthz",
            "/api/openapi.json",
        ] {
            assert!(paths.contains_key(route), "{route} is not described");
        }
    }
}
