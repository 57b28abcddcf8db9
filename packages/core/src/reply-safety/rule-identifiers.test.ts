import { describe, it } from "vitest";
import { expectRule, type Case } from "./test-cases.ts";

const cases: Case[] = [
  ["a date of birth is an identifier", "logistics", "send my x-rays please", "We found your file (DOB 06/02/1979).", true],
  ["a chart number is an identifier", "logistics", "records?", "Your chart #448213 is ready.", true],
  ["a practice phone number in a logistics reply is fine", "logistics", "What's the late fee?", "Late cancellations may carry a $25 fee. Call 555-0110 with questions.", false],
  ["a phone number from the message is the person's", "logistics", "please call me back, 555-214-7788", "We'll call you at 555-214-7788.", true],
  ["a practice address is fine", "logistics", "What's your address?", "We're at 1450 Oak Avenue, Suite 200.", false],
  ["a home address with an apartment is the person's", "logistics", "I moved", "Updated to 42 Birch Lane, Apt 3.", true],
  ["a personal email is an identifier", "logistics", "¿me mandan la factura?", "Claro, se la enviamos a maria.lopez82@gmail.com.", true],
  ["a practice email is fine", "logistics", "where do I send forms?", "Please send forms to frontdesk@riverbendclinic.org.", false],
  ["a full name with health details is an identifier", "feedback", "rude receptionist", "Sorry, Ms. Linh Tran, about your Humira prior authorization.", true],
  ["a full name without health details is not an identifier", "feedback", "rude receptionist", "We're sorry, Mr. Daniel Okafor. Please call our manager.", false],
];

describe("identifiers", () => {
  for (const c of cases) it(c[0], () => expectRule("identifiers", c));
});
