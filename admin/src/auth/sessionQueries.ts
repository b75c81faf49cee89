import { gql } from '@apollo/client';

const SESSION_USER = gql`
  fragment SessionUser on User {
    id
    email
    fullName
    active
    memberships {
      id
      role
      unitId
      unit {
        id
        code
        name
        level
        validFrom
      }
    }
  }
`;

export const LOGIN = gql`
  mutation login($email: String!, $password: String!) {
    login(email: $email, password: $password, cookie: true) {
      expiresAt
      user {
        ...SessionUser
      }
    }
  }
  ${SESSION_USER}
`;

export const ME = gql`
  query me {
    me {
      ...SessionUser
    }
  }
  ${SESSION_USER}
`;

export const LOGOUT = gql`
  mutation logout {
    logout
  }
`;
