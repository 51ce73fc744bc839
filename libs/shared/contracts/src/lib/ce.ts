/** CE credit types (API.md, "CE credit and certificates"). */
export enum CreditType {
  AmaPra1 = 'ama_pra_1',
  Ancc = 'ancc',
  Apa = 'apa',
  AswbAce = 'aswb_ace',
  Nbcc = 'nbcc',
  Ipce = 'ipce',
}

export const CREDIT_TYPE_LABELS: Record<CreditType, string> = {
  [CreditType.AmaPra1]: 'AMA PRA Category 1 Credit™',
  [CreditType.Ancc]: 'ANCC nursing contact hours',
  [CreditType.Apa]: 'APA CE credits',
  [CreditType.AswbAce]: 'ASWB ACE CE credits',
  [CreditType.Nbcc]: 'NBCC clock hours',
  [CreditType.Ipce]: 'IPCE credit',
};

/** Module categories (DOMAIN.md, "What a ketamine-assisted therapy course teaches"). */
export enum ModuleCategory {
  Pharmacology = 'pharmacology',
  Safety = 'safety',
  Preparation = 'preparation',
  Facilitation = 'facilitation',
  Integration = 'integration',
  TraumaInformed = 'trauma_informed',
  EthicsLaw = 'ethics_law',
  CollaborativeCare = 'collaborative_care',
}
