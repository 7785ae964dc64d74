export { csvField, toCsv } from './csv';
