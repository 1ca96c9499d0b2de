/** A category as the API names it, in both languages. */
export interface NamedCategory {
  nameEn: string;
  nameJa: string;
}

/** The category's name in the interface language. */
export function categoryName(category: NamedCategory, language: string | undefined): string {
  return language?.startsWith('ja') ? category.nameJa : category.nameEn;
}
