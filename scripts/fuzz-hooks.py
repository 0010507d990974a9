"""Schemathesis hooks for `npm run fuzz` (loaded through SCHEMATHESIS_HOOKS; see scripts/fuzz.ts).

The fuzzer acts with one admin token. Its stateful phase finds that token's id in `GET /tokens` and, sooner or
later, revokes it: every request after that answers 401 and the rest of the run tests nothing. So a revocation of
that one token is sent for a token that does not exist instead (the API answers it 404, checked as usual).
"""

import os

import schemathesis

OWN_TOKEN_ID = os.environ["FUZZ_OWN_TOKEN_ID"]
NO_SUCH_TOKEN = "00000000-0000-4000-8000-000000000000"


@schemathesis.hook
def before_call(context, case, **kwargs):
    if case.operation.label == "POST /tokens/{id}/revoke" and case.path_parameters:
        if str(case.path_parameters.get("id", "")).lower() == OWN_TOKEN_ID:
            case.path_parameters["id"] = NO_SUCH_TOKEN
