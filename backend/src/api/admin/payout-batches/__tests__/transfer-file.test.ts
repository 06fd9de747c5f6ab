import { describe, expect, it } from "vitest"
import { transferFile } from "../transfer-file"

describe("the bank/CliQ transfer file", () => {
  it("writes one line per payout going out, IBAN or alias, JOD with 3 decimals, the payout id as reference", () => {
    const csv = transferFile([
      {
        id: "pay_1",
        amount: 18_000,
        status: "approved",
        destination: { iban: "JO94CBJO0010000000000131000302", account_holder_name: "Umm Salem" },
      },
      {
        id: "pay_2",
        amount: 1_005,
        status: "approved",
        destination: { cliq_alias: "962791234567", account_holder_name: "@Haddad, Rania" },
      },
      {
        id: "pay_3",
        amount: 5_000,
        status: "failed",
        destination: { iban: "JO1", account_holder_name: "X" },
      },
    ])
    expect(csv.split("\r\n")).toEqual([
      "beneficiary_type,beneficiary_account,beneficiary_name,amount,currency,reference",
      "IBAN,JO94CBJO0010000000000131000302,Umm Salem,18.000,JOD,pay_1",
      `CLIQ,962791234567,"'@Haddad, Rania",1.005,JOD,pay_2`,
      "",
    ])
  })
})
