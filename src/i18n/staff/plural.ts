/**
 * One or many, for the staff pages' two languages (Dutch and English count alike).
 *
 * @example plural(2, '1 afspraak', '2 afspraken') // '2 afspraken'
 */
export const plural = (n: number, one: string, many: string) => (n === 1 ? one : many)
