// Registered in vitest.config.ts as a setup file: the library's matchers on vitest's expect.
import { complaintMatchers } from 'children-act-complaints/testing';
import { expect } from 'vitest';

expect.extend(complaintMatchers);
