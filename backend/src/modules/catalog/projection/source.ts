/**
 * Everything the read model needs about a product, read straight from the tables of Medusa's product, pricing,
 * inventory, sales-channel and order modules, our family module and the family-product link, in one statement
 * (the way Medusa's own Index module reads them). Only base prices count (no price list, no rules), as in the
 * pricing queue; stock is what is stocked minus reserved across locations; popularity is units ordered in
 * orders that are not canceled; the rating is the reviews module's summary of its published reviews. A deleted
 * product is simply absent from the result.
 */
export type SourceProduct = {
  id: string
  handle: string
  title: string
  description: string | null
  status: string
  thumbnail: string | null
  weight: number | string | null
  metadata: Record<string, unknown> | null
  created_at: Date | string
  family_id: string | null
  family_handle: string | null
  family_name_en: string | null
  family_name_ar: string | null
  family_status: string | null
  family_governorate: string | null
  category_handle: string | null
  category_name_en: string | null
  category_name_ar: string | null
  sales_channel_ids: string[] | null
  images: string[] | null
  variant_id: string | null
  prices: Record<string, string> | null
  in_stock: boolean | null
  popularity: number | string | null
  rating_average: number | string | null
  review_count: number | string | null
}

const COLUMNS = `
  p.id, p.handle, p.title, p.description, p.status, p.thumbnail, p.weight, p.metadata, p.created_at,
  fam.id as family_id, fam.handle as family_handle, fam.name_en as family_name_en, fam.name_ar as family_name_ar,
  fam.status as family_status, fam.governorate as family_governorate,
  cat.handle as category_handle, cat.name as category_name_en, cat.metadata->>'name_ar' as category_name_ar,
  array(select psc.sales_channel_id from product_sales_channel psc
         where psc.product_id = p.id and psc.deleted_at is null order by psc.sales_channel_id) as sales_channel_ids,
  array(select i.url from image i where i.product_id = p.id and i.deleted_at is null order by i.rank, i.id) as images,
  (select v.id from product_variant v where v.product_id = p.id and v.deleted_at is null
    order by v.variant_rank nulls last, v.created_at, v.id limit 1) as variant_id,
  (select json_object_agg(x.currency_code, x.amount) from (
      select lower(pr.currency_code) as currency_code, min(pr.amount)::text as amount
        from product_variant v
        join product_variant_price_set vps on vps.variant_id = v.id and vps.deleted_at is null
        join price pr on pr.price_set_id = vps.price_set_id and pr.deleted_at is null
                     and pr.price_list_id is null and coalesce(pr.rules_count, 0) = 0
                     and pr.min_quantity is null and pr.max_quantity is null
       where v.product_id = p.id and v.deleted_at is null
       group by lower(pr.currency_code)) x) as prices,
  (select bool_or(not v.manage_inventory or v.allow_backorder or coalesce((
      select min(floor(coalesce(lv.available, 0) / nullif(vii.required_quantity, 0)))
        from product_variant_inventory_item vii
        left join lateral (select sum(il.stocked_quantity - il.reserved_quantity) as available
                             from inventory_level il
                            where il.inventory_item_id = vii.inventory_item_id and il.deleted_at is null) lv on true
       where vii.variant_id = v.id and vii.deleted_at is null), 0) >= 1)
     from product_variant v where v.product_id = p.id and v.deleted_at is null) as in_stock,
  (select coalesce(sum(oi.quantity), 0)
     from order_line_item li
     join order_item oi on oi.item_id = li.id and oi.deleted_at is null
     join "order" o on o.id = oi.order_id and o.version = oi.version and o.deleted_at is null and o.status <> 'canceled'
    where li.product_id = p.id and li.deleted_at is null) as popularity,
  rs.average as rating_average, rs.review_count`

const FROM = `
  from product p
  left join family_family_product_product fl on fl.product_id = p.id and fl.deleted_at is null
  left join family fam on fam.id = fl.family_id and fam.deleted_at is null
  left join lateral (
    select c.handle, c.name, c.metadata
      from product_category_product pcp
      join product_category c on c.id = pcp.product_category_id and c.deleted_at is null
     where pcp.product_id = p.id
     order by c.rank, c.id limit 1) cat on true
  left join rating_summary rs on rs.target_type = 'product' and rs.target_id = p.id and rs.deleted_at is null`

/** The products with these ids (knex `?` binding: a JSON array of ids). */
export const SOURCE_BY_IDS = `select ${COLUMNS} ${FROM}
  where p.id in (select jsonb_array_elements_text(?::jsonb)) and p.deleted_at is null`

/** A page of every product by id, for the full rebuild (bindings: the last id seen, or '', and the page size). */
export const SOURCE_PAGE = `select ${COLUMNS} ${FROM}
  where p.deleted_at is null and p.id > ? order by p.id limit ?`

/** Ids of every product of a family, of a category, of some variants, inventory levels or an order. */
export const PRODUCT_IDS_OF = {
  family: `select product_id as id from family_family_product_product where family_id = ? and deleted_at is null`,
  category: `with target as (select ?::text as id)
      select pcp.product_id as id from product_category_product pcp, target where pcp.product_category_id = target.id
      union
      select e.product_id from catalog_entry e
        join product_category c on c.handle = e.category_handle
        join target on target.id = c.id`,
  variants: `select distinct product_id as id from product_variant
              where id in (select jsonb_array_elements_text(?::jsonb)) and product_id is not null`,
  inventoryLevels: `select distinct v.product_id as id
      from inventory_level il
      join product_variant_inventory_item vii on vii.inventory_item_id = il.inventory_item_id and vii.deleted_at is null
      join product_variant v on v.id = vii.variant_id
     where il.id in (select jsonb_array_elements_text(?::jsonb)) and v.product_id is not null`,
  order: `select distinct li.product_id as id
      from order_item oi join order_line_item li on li.id = oi.item_id
     where oi.order_id = ? and li.product_id is not null`,
} as const
