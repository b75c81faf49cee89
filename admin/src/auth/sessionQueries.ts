// The session's operations, as plain strings: they are sent with fetch (graphql/request.ts).

const SESSION_USER = `
  fragment SessionUser on User {
    id
    email
    fullName
    active
    memberships { id role unitId unit { id code name level validFrom } }
  }
`;

export const LOGIN = `
  mutation login($email: String!, $password: String!) {
    login(email: $email, password: $password, cookie: true) { expiresAt user { ...SessionUser } }
  }
  ${SESSION_USER}
`;

export const ME = `
  query me {
    me { ...SessionUser }
  }
  ${SESSION_USER}
`;

export const CAPABILITIES = `
  query capabilities {
    capabilities { write administer systemAdmin writableLevels grantableRoles }
  }
`;

export const LOGOUT = `
  mutation logout {
    logout
  }
`;
