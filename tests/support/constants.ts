export const TEMPLATE_DATABASE = 'hoagiai_template';
export const TEST_JWT_SECRET = 'test-secret-for-hoagiai-tests-only';
export { DEMO, DEMO_PASSWORD } from '../../server/src/seeds/demo-users';
