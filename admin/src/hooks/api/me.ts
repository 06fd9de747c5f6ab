import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { UsraApiError } from "@usra/api-client/admin"
import { api } from "../../api"

export const meKeys = { all: ["me"] as const }

/** The signed-in ministry user; `null` when nobody is signed in (401). */
export function useMe() {
  return useQuery({
    queryKey: meKeys.all,
    queryFn: async () => {
      try {
        return await api.me()
      } catch (error) {
        if (error instanceof UsraApiError && error.status === 401) return null
        throw error
      }
    },
    staleTime: 5 * 60_000,
  })
}

export function useLogin() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) => api.auth.login(email, password),
    onSuccess: () => client.invalidateQueries({ queryKey: meKeys.all }),
  })
}

export function useLogout() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => api.auth.logout(),
    onSettled: () => {
      client.clear()
      client.setQueryData(meKeys.all, null)
    },
  })
}
