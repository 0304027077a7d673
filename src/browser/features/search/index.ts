/** The header's search button and its Ctrl+K palette. */
export { SearchPalette } from './components/search-palette';
