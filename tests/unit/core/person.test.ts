import { describe, expect, it } from 'vitest';
import { firstNameFrom, splitName } from '../../../src/core/person';

describe('splitName', () => {
  const rows: Array<[input: string, first: string, last: string, full?: string]> = [
    ['Maya Lindqvist', 'Maya', 'Lindqvist'],
    ['  Maya   Lindqvist  ', 'Maya', 'Lindqvist', 'Maya Lindqvist'],
    ['Maya Lindqvist 🌍', 'Maya', 'Lindqvist', 'Maya Lindqvist'],
    ['★ Jo Smith', 'Jo', 'Smith'],
    ['🚀 Priya Patel 🚀', 'Priya', 'Patel'],
    ['Dr. Jane Doe', 'Jane', 'Doe', 'Jane Doe'],
    ['Prof. Dr. Hans Müller', 'Hans', 'Müller'],
    ['Mr Tom Baker', 'Tom', 'Baker'],
    ['Ms. Ada Lovelace', 'Ada', 'Lovelace'],
    ['Mrs. Joan Clarke', 'Joan', 'Clarke'],
    ['Dr.-Ing. Klaus Meier', 'Klaus', 'Meier'],
    ['Jane Doe, PhD', 'Jane', 'Doe', 'Jane Doe'],
    ['John Roe (He/Him)', 'John', 'Roe', 'John Roe'],
    ['Ana Silva, MBA, PMP', 'Ana', 'Silva'],
    ['Jane Doe PhD', 'Jane', 'Doe'],
    ['Robert Smith Jr.', 'Robert', 'Smith'],
    ['Jack Ma', 'Jack', 'Ma'],
    ['Cher', 'Cher', '', 'Cher'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['Jean-Luc Picard', 'Jean-Luc', 'Picard'],
    ['Anne-Marie Smith-Jones', 'Anne-Marie', 'Smith-Jones'],
    ["Conan O'Brien", 'Conan', "O'Brien"],
    ['JOHN SMITH', 'John', 'Smith'],
    ['MARIE-CLAIRE DUBOIS', 'Marie-Claire', 'Dubois'],
    ['Maya Lindqvist | Product at Acme', 'Maya', 'Lindqvist'],
    ['Maya Lindqvist - Hiring!', 'Maya', 'Lindqvist'],
    ['Robert "Bob" Smith', 'Robert', 'Smith'],
    ['Łukasz Żółć', 'Łukasz', 'Żółć'],
    ['José María García', 'José', 'María García'],
    ['王小明', '王小明', ''],
    ['LinkedIn Member', '', ''],
    ['', '', ''],
    ['   ', '', ''],
    ['🌍🌍', '', ''],
    ['Dr.', 'Dr', '', 'Dr'],
  ];
  it.each(rows)('%j → %j %j', (input, first, last, full) => {
    const n = splitName(input);
    expect(n.firstName).toBe(first);
    expect(n.lastName).toBe(last);
    expect(n.fullName).toBe(full ?? [first, last].filter(Boolean).join(' '));
  });

  it('firstNameFrom tolerates null', () => {
    expect(firstNameFrom(null)).toBe('');
    expect(firstNameFrom(undefined)).toBe('');
    expect(firstNameFrom('Dr. Jane Doe, PhD')).toBe('Jane');
  });
});
