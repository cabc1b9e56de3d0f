import type { components, paths } from './openapi';

// Names for the parts of Cisco's OpenAPI description (openapi.ts, generated) the client uses.
// Nothing here is typed by hand: each name points into the generated types.

type Schemas = components['schemas'];
type JsonContent<R> = R extends { content: infer C } ? C[keyof C] : never;

/** A path's operation for one method. */
export type RestOperationOf<
  P extends keyof paths,
  M extends 'get' | 'post' | 'delete',
> = NonNullable<paths[P][M]>;

/** The JSON a 200 answer of that operation carries. */
export type RestOk<P extends keyof paths, M extends 'get' | 'post' | 'delete'> =
  RestOperationOf<P, M> extends { responses: { 200: infer R } } ? JsonContent<R> : never;

/** The JSON body that operation takes. */
export type RestBody<P extends keyof paths, M extends 'post'> = JsonContent<
  NonNullable<RestOperationOf<P, M>['requestBody']>
>;

/** The query parameters that operation takes. */
export type RestQuery<P extends keyof paths, M extends 'get' | 'post' | 'delete'> = NonNullable<
  RestOperationOf<P, M>['parameters']['query']
>;

/** `GET /people/me`. */
export type RestPerson = RestOk<'/people/me', 'get'>;
/** `GET /meetingPreferences`. */
export type RestPreferences = RestOk<'/meetingPreferences', 'get'>;
/** One item of `GET /meetings/sessionTypes`. */
export type RestSessionType = Schemas['MeetingSessionTypeObject'];
/** One item of `GET /meetings`. */
export type RestListedMeeting = Schemas['MeetingObjectForListMeeting'];
/** `GET /meetings/{meetingId}` and `POST /meetings`'s answer. */
export type RestMeeting = RestOk<'/meetings/{meetingId}', 'get'>;
/** `POST /meetings`'s body. */
export type RestCreateMeeting = RestBody<'/meetings', 'post'>;
/** `POST /meetings/join`'s body and answer. */
export type RestJoinRequest = RestBody<'/meetings/join', 'post'>;
export type RestJoinLinks = RestOk<'/meetings/join', 'post'>;
/** `GET /meetings`'s query. */
export type RestListQuery = RestQuery<'/meetings', 'get'>;
