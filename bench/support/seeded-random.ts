/** Every run asks the same questions: the one seeded generator of the project. */
export { seededRandom } from '@ledger/runtime';
