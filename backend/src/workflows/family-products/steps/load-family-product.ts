import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAMILY_PRODUCT_FIELDS, type FamilyProductRecord } from "../utils/product-record"

export type LoadFamilyProductInput = {
  product_id: string
  /** The caller's family: a product of another family is "not found", never "forbidden". */
  family_id?: string
}

export const loadFamilyProductStepId = "load-family-product"

/** Reads a family's product with its family; 404 when it does not exist or belongs to another family. */
export const loadFamilyProductStep = createStep(
  loadFamilyProductStepId,
  async (input: LoadFamilyProductInput, { container }) => {
    const product = await findFamilyProduct(container, input)
    if (!product) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product "${input.product_id}" was not found`)
    }
    return new StepResponse(product)
  },
)

export async function findFamilyProduct(
  container: Pick<MedusaContainer, "resolve">,
  input: LoadFamilyProductInput,
): Promise<FamilyProductRecord | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: FAMILY_PRODUCT_FIELDS,
    filters: { id: input.product_id },
  })
  const product = data[0] as FamilyProductRecord | undefined
  if (!product?.family) return undefined
  if (input.family_id !== undefined && product.family.id !== input.family_id) return undefined
  return product
}
