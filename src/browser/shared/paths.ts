/**
 * Every page's route pattern and href builder. Links use `href()` so a path changes in one place.
 * Register a new page here and in the route table (src/browser/app/page-routes.tsx).
 */
export const paths = {
  overview: { pattern: '/', href: () => '/' },
} as const;
